/**
 * Three levels of tests, one command. `npm test` builds the site first; the site and browser
 * projects read that build (dist/) and the fixture catalogue's, which their global setup
 * builds once per run (tests/catalogue.setup.ts). The unit project needs neither.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node keeps the compiled code of every module it loads here, so the test workers and the many
// scripts and builds the tests start do not compile the same modules again: a fifth less CPU on
// two cores that the browser tests need. (A folder git ignores; Node checks each file's hash.)
process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('./node_modules/.cache/node-compile', import.meta.url));

export default defineConfig({
  // The `~/` alias of tsconfig.json, for modules (such as the data module) that use it.
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // Vitest's default is one worker fewer than the cores: one, on our two-core machines, which
    // runs every file in turn. With two, the unit and site files, which mostly wait on the
    // processes they start, run beside the browser files.
    maxWorkers: 2,
    // `npm run test:coverage`: the unit tests' coverage of src/lib/, the logic without Astro,
    // printed as a table. The thresholds sit a little below what it measured when they were set
    // (statements 92.9, branches 83.5, functions 84.4, lines 93.3): raise them as tests grow.
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
          // One Chromium at a time: the machines have two cores. Within a file, tests marked
          // concurrent (the template pass) keep three pages open, so that a core is not idle
          // while a page loads.
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
