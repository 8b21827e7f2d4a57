/**
 * Global setup of the site and browser projects: builds the fixture catalogue and the pagination
 * fixture once per run and hands their folders to every test file (`catalogue()` and
 * `paginated()` in tests/helpers/fixtures/catalogue.ts). Both projects run this file; the builds are
 * shared through the main process, and removed after the last of them finishes.
 */
import type { TestProject } from 'vitest/node';
import { buildFixtureInBackground, useCatalogue } from './helpers/fixtures/catalogue-build.ts';
import { usePaginationFixture } from './helpers/fixtures/pagination-build.ts';

type Built = Awaited<ReturnType<typeof buildFixtureInBackground>>;
type Fixtures = { catalogue: Built; paginated: Built; users: number };
const shared = globalThis as { causewayFixtures?: Promise<Fixtures> };

/** Both fixtures, built at once: each build leaves a core idle much of the time. */
async function buildAll(): Promise<Fixtures> {
  const [catalogue, paginated] = await Promise.allSettled([
    buildFixtureInBackground('fixture catalogue', useCatalogue),
    buildFixtureInBackground('pagination fixture', usePaginationFixture),
  ]);
  if (catalogue.status === 'fulfilled' && paginated.status === 'fulfilled')
    return { catalogue: catalogue.value, paginated: paginated.value, users: 0 };
  for (const built of [catalogue, paginated]) if (built.status === 'fulfilled') built.value.remove();
  throw [catalogue, paginated].flatMap((b) => (b.status === 'rejected' ? [b.reason] : []))[0];
}

export default async function setup(project: TestProject): Promise<() => void> {
  const state = await (shared.causewayFixtures ??= buildAll());
  state.users++;
  project.provide('catalogue', { root: state.catalogue.root, dist: state.catalogue.dist });
  project.provide('paginated', { root: state.paginated.root, dist: state.paginated.dist });
  return () => {
    if (--state.users > 0) return;
    state.catalogue.remove();
    state.paginated.remove();
    delete shared.causewayFixtures;
  };
}
