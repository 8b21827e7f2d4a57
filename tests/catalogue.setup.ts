/**
 * Global setup of the site and browser projects: builds the fixture catalogue once per run and
 * hands its folders to every test file (`catalogue()` in tests/helpers/catalogue.ts). Both
 * projects run this file; the build is shared through the main process, and removed after the
 * last of them finishes.
 */
import type { TestProject } from 'vitest/node';
import { buildCatalogue } from './helpers/catalogue-build.ts';

type Built = ReturnType<typeof buildCatalogue>;
const shared = globalThis as { causewayCatalogue?: { built: Built; users: number } };

export default function setup(project: TestProject): () => void {
  const state = (shared.causewayCatalogue ??= { built: buildCatalogue(), users: 0 });
  state.users++;
  project.provide('catalogue', { root: state.built.root, dist: state.built.dist });
  return () => {
    if (--state.users > 0) return;
    state.built.remove();
    delete shared.causewayCatalogue;
  };
}
