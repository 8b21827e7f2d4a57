import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import contentCheck, { dropStaleDataStore, stampFile } from '../../../src/integrations/content-check.ts';
import { BAD_CONTENT } from '../../helpers/bad-content.ts';

describe('the content check before a build', () => {
  let root: string;
  let logged: string[];
  const setup = (command: 'build' | 'dev' | 'sync') => {
    const hook = contentCheck().hooks['astro:config:setup']!;
    const logger = { info: (m: string) => logged.push(`info: ${m}`), warn: (m: string) => logged.push(`warn: ${m}`) };
    return hook({
      command,
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.cache/astro/`) },
      logger,
    } as never);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'causeway-check-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    logged = [];
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('checks, remembers a clean result, and skips the next build of the same content', async () => {
    await setup('build');
    expect(existsSync(stampFile(root))).toBe(true);
    expect(logged).toEqual([]);
    await setup('build');
    expect(logged).toEqual(['info: Content and checks unchanged since the last clean check: not checked again.']);
  });

  it('checks again, and stops the build, once a file changed after a clean check', async () => {
    await setup('build');
    cpSync(join(BAD_CONTENT, 'embed', 'content'), join(root, 'content'), { recursive: true });
    expect(() => setup('build')).toThrow(/Content check failed[\s\S]*fixture-campaign\.mdx/);
  });

  it('never trusts a stamp it did not write for this content', () => {
    cpSync(join(BAD_CONTENT, 'embed', 'content'), join(root, 'content'), { recursive: true });
    mkdirSync(dirname(stampFile(root)), { recursive: true });
    writeFileSync(stampFile(root), '{"clean":"not the hash"}\n');
    expect(() => setup('build')).toThrow(/Content check failed/);
  });

  it('leaves bad content to the checker of its own when Astro only syncs types', async () => {
    cpSync(join(BAD_CONTENT, 'embed', 'content'), join(root, 'content'), { recursive: true });
    await setup('sync');
    expect(logged).toEqual([]);
    expect(existsSync(stampFile(root))).toBe(false);
  });
});

describe("Astro's stored entries", () => {
  it('are dropped when a schema changes, and kept while none does', () => {
    const root = mkdtempSync(join(tmpdir(), 'causeway-store-'));
    try {
      const cache = join(root, '.cache', 'astro');
      const store = join(cache, 'data-store.json');
      mkdirSync(join(root, 'src', 'schemas'), { recursive: true });
      mkdirSync(cache, { recursive: true });
      writeFileSync(join(root, 'src', 'schemas', 'campaign.ts'), 'export const a = 1;\n');
      dropStaleDataStore(root, cache);
      writeFileSync(store, '{}');
      expect(dropStaleDataStore(root, cache)).toBe(false);
      expect(existsSync(store)).toBe(true);
      writeFileSync(join(root, 'src', 'schemas', 'campaign.ts'), 'export const a = 2;\n');
      expect(dropStaleDataStore(root, cache)).toBe(true);
      expect(existsSync(store)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
