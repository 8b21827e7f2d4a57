/**
 * Global setup of the site and browser projects: builds the fixture catalogue and the pagination
 * fixture once per run and hands their folders to every test file (`catalogue()` and
 * `paginated()` in tests/helpers/fixtures/catalogue.ts). Both projects run this file; the builds are
 * shared through the main process, and removed after the last of them finishes.
 */
import type { TestProject } from 'vitest/node';
import { buildCatalogue, buildFixture } from './helpers/fixtures/catalogue-build.ts';
import { usePaginationFixture } from './helpers/fixtures/pagination-build.ts';

type Built = ReturnType<typeof buildCatalogue>;
const shared = globalThis as { causewayFixtures?: { catalogue: Built; paginated: Built; users: number } };

function buildAll(): { catalogue: Built; paginated: Built; users: number } {
  const catalogue = buildCatalogue();
  try {
    return { catalogue, paginated: buildFixture('pagination fixture', usePaginationFixture), users: 0 };
  } catch (error) {
    catalogue.remove();
    throw error;
  }
}

export default function setup(project: TestProject): () => void {
  const state = (shared.causewayFixtures ??= buildAll());
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
