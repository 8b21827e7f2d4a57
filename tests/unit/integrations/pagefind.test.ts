import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { buildIndex, INDEXED_PAGES, readIndexFile, type PagefindApi } from '../../../src/integrations/pagefind.ts';
import { paths } from '../../../src/lib/site/paths.ts';

function fakeApi(overrides: { addErrors?: string[]; pageCount?: number; writeErrors?: string[] } = {}) {
  const close = vi.fn(() => Promise.resolve(null));
  const writeFiles = vi.fn(() => Promise.resolve({ errors: overrides.writeErrors ?? [] }));
  const addDirectory = vi.fn(() => Promise.resolve({ errors: overrides.addErrors ?? [], page_count: overrides.pageCount ?? 3 }));
  const api: PagefindApi = {
    createIndex: () =>
      Promise.resolve({
        errors: [],
        index: {
          addDirectory,
          writeFiles,
        },
      }),
    close,
  };
  return { api, close, writeFiles, addDirectory };
}

describe('buildIndex', () => {
  it('indexes the case studies of the site and writes the bundle into it', async () => {
    const { api, writeFiles, close, addDirectory } = fakeApi();
    await expect(buildIndex(api, '/site/dist/')).resolves.toBe(3);
    expect(addDirectory).toHaveBeenCalledWith({ path: '/site/dist/', glob: INDEXED_PAGES });
    expect(writeFiles).toHaveBeenCalledWith({ outputPath: '/site/dist/pagefind' });
    expect(close).toHaveBeenCalled();
  });
  it('fails the build on any Pagefind error, and still closes Pagefind', async () => {
    const { api, close } = fakeApi({ addErrors: ['bad html in x.html'] });
    await expect(buildIndex(api, '/dist')).rejects.toThrow('bad html in x.html');
    expect(close).toHaveBeenCalled();
  });
  it('fails when nothing was indexed', async () => {
    await expect(buildIndex(fakeApi({ pageCount: 0 }).api, '/dist')).rejects.toThrow(/indexed no page/);
  });
  it('fails when the index cannot be written', async () => {
    await expect(buildIndex(fakeApi({ writeErrors: ['disk full'] }).api, '/dist')).rejects.toThrow('disk full');
  });
});

describe('INDEXED_PAGES', () => {
  it('matches the file of every case study and of no other page', () => {
    const matches = (file: string) => path.matchesGlob(file, INDEXED_PAGES);
    expect(matches(`${paths.campaign('the-real-challenge').slice(1)}index.html`)).toBe(true);
    for (const other of [paths.campaigns, paths.page(paths.campaigns, 2), paths.cause('refugees'), paths.search, '/'])
      expect(matches(`${other.slice(1)}index.html`), other).toBe(false);
  });
});

describe('readIndexFile (the dev server’s copy of the last built index)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));
  writeFileSync(join(dir, 'pagefind.js'), 'export {}');
  it('serves a file of the index with its type', async () => {
    const file = await readIndexFile(dir, '/pagefind.js?v=1');
    expect(file?.type).toBe('text/javascript');
    expect(file?.body.toString()).toBe('export {}');
  });
  it('serves nothing for a missing file or a path outside the index', async () => {
    await expect(readIndexFile(dir, '/nope.js')).resolves.toBeUndefined();
    await expect(readIndexFile(dir, '/../../etc/passwd')).resolves.toBeUndefined();
  });
});
