/**
 * Four projects, one command. `npm test` builds the site first; the site and browser projects
 * read that build (dist/) and the fixture builds, which their global setup makes once per run
 * (tests/catalogue.setup.ts). The unit and content projects need neither: `npm run test:unit`
 * runs the unit project alone, in watch mode.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node keeps the compiled code of every module it loads here, so the test workers and the many
// scripts and builds the tests start do not compile the same modules again, leaving the CPU to
// the browser tests. (A folder git ignores; Node checks each file's hash.)
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('./node_modules/.cache/node-compile', import.meta.url));

export default defineConfig({
  // The `~/` alias of tsconfig.json, for modules (such as the data module) that use it.
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // Two workers whatever the cores: the unit and site files mostly wait on the builds and
    // servers they start, so they can run beside the browser files. (Vitest's default, a worker
    // fewer than the cores, runs every file in turn on a two-core machine.)
    maxWorkers: 2,
    // Many unit files copy the project, run git or start workers: on a busy two-core machine one
    // can take several seconds, so the limits are for a hang, not for speed (benches measure that).
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // `npm run test:coverage`: the unit tests' coverage of src/lib/, the logic without Astro,
    // printed as a table. A run under a threshold fails; raise them as tests grow.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**'],
      reporter: ['text'],
      // Only temporary files go there, inside a folder git already ignores.
      reportsDirectory: 'node_modules/.coverage',
      thresholds: { statements: 92, branches: 82, functions: 83, lines: 92 },
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // The case studies in content/ themselves, apart from the logic: a new case study can fail here, never in unit.
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', globalSetup: ['tests/catalogue.setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/catalogue.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser file at a time, each with its own Chromium, so that no file's pages wait
          // on another file's browser for CPU. Within a file, tests marked concurrent (the
          // template pass) keep three pages open, so that the CPU is not idle while a page loads.
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
