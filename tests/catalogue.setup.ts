/**
 * Global setup of the site and browser projects: builds the fixture catalogue, the pagination
 * fixture and the catalogue under a base path once per run and hands their folders to every test
 * file (`catalogue()`, `paginated()` and `forked()` in tests/helpers/fixtures/catalogue.ts). Both
 * projects run this file; the builds are shared through the main process, and removed after the
 * last of them finishes.
 */
import type { TestProject } from 'vitest/node';
import { buildFixtureInBackground, FORK, useCatalogue, useCatalogueBeyondCompare } from './helpers/fixtures/catalogue-build.ts';
import { usePaginationFixture } from './helpers/fixtures/pagination-build.ts';

type Built = Awaited<ReturnType<typeof buildFixtureInBackground>>;
const BUILDS = {
  catalogue: () => buildFixtureInBackground('fixture catalogue', useCatalogue),
  paginated: () => buildFixtureInBackground('pagination fixture', usePaginationFixture),
  forked: () => buildFixtureInBackground('base-path fixture', useCatalogueBeyondCompare, FORK.env),
};
type Name = keyof typeof BUILDS;
type Fixtures = { built: Record<Name, Built>; users: number };
const shared = globalThis as { causewayFixtures?: Promise<Fixtures> };

/** Every fixture, built at once: each build leaves a core idle much of the time. */
async function buildAll(): Promise<Fixtures> {
  const names = Object.keys(BUILDS) as Name[];
  const results = await Promise.allSettled(names.map((name) => BUILDS[name]()));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (!failed.length)
    return {
      built: Object.fromEntries(names.map((name, i) => [name, (results[i] as PromiseFulfilledResult<Built>).value])) as Record<Name, Built>,
      users: 0,
    };
  for (const r of results) if (r.status === 'fulfilled') r.value.remove();
  throw failed[0];
}

export default async function setup(project: TestProject): Promise<() => void> {
  const state = await (shared.causewayFixtures ??= buildAll());
  state.users++;
  for (const [name, { root, dist }] of Object.entries(state.built)) project.provide(name as Name, { root, dist });
  return () => {
    if (--state.users > 0) return;
    for (const built of Object.values(state.built)) built.remove();
    delete shared.causewayFixtures;
  };
}
