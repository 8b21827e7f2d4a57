/**
 * The build log keeps every warning but Astro's meaningless head-inject directive (see
 * src/integrations/build-log.ts). Checked with the logs Rolldown really emits, through Vite's
 * own `onLog` path, on modules like the one Astro writes for each MDX file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { isHeadInjectDirectiveWarning, onBuildLog } from '../../../src/integrations/build-log.ts';

/** Bundles the given modules with Vite and returns the logs that pass the filter. */
async function logsThroughFilter(modules: Record<string, string>): Promise<Rolldown.RollupLog[]> {
  const passed: Rolldown.RollupLog[] = [];
  const root = mkdtempSync(join(tmpdir(), 'causeway-log-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [{ name: 'modules', resolveId: (id) => (id in modules ? `\0${id}` : undefined), load: (id) => modules[id.slice(1)] }],
      build: {
        write: false,
        lib: { entry: 'entry.js', formats: ['es'] },
        rolldownOptions: { input: 'entry.js', onLog: (level, log) => onBuildLog(level, log, (_, kept) => passed.push(kept)) },
      },
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return passed;
}

describe('the build log filter', () => {
  it('drops the head-inject directive warning Astro causes for every MDX file', async () => {
    const passed = await logsThroughFilter({
      'entry.js': 'import a from "a.mdx?astroPropagatedAssets"; import b from "b.mdx?astroPropagatedAssets"; export default [a, b];',
      'a.mdx?astroPropagatedAssets': '\n\t\t"use astro:head-inject";\n\t\texport default 1;',
      'b.mdx?astroPropagatedAssets': '"use astro:head-inject";\nexport default 2;',
    });
    expect(passed).toEqual([]);
  });

  it('lets every other warning through, other module-level directives included', async () => {
    const passed = await logsThroughFilter({
      'entry.js': 'import a from "a.mdx?astroPropagatedAssets"; import b from "client.js"; export default [a, b, eval("1")];',
      'a.mdx?astroPropagatedAssets': '"use astro:head-inject";\nexport default 1;',
      'client.js': '"use client";\nexport default 2;',
    });
    expect(passed.map((log) => log.code).sort()).toEqual(['EVAL', 'MODULE_LEVEL_DIRECTIVE']);
    expect(passed.find((log) => log.code === 'MODULE_LEVEL_DIRECTIVE')?.message).toContain('"use client"');
  });

  it('matches on level, code and directive together', () => {
    const message = 'The semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved';
    expect(isHeadInjectDirectiveWarning('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
    expect(isHeadInjectDirectiveWarning('info', { code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(false);
    expect(isHeadInjectDirectiveWarning('warn', { code: 'EVAL', message })).toBe(false);
    expect(
      isHeadInjectDirectiveWarning('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: message.replace('astro:head-inject', 'client') }),
    ).toBe(false);
  });

  it('is the one astro.config.mjs gives Vite', () => {
    expect(config.vite?.build?.rolldownOptions?.onLog).toBe(onBuildLog);
  });
});
