import { describe, expect, it, vi } from 'vitest';
import { buildIndex, type PagefindApi } from '../../src/integrations/pagefind.ts';

function fakeApi(overrides: { addErrors?: string[]; pageCount?: number; writeErrors?: string[] } = {}) {
  const close = vi.fn(async () => null);
  const writeFiles = vi.fn(async () => ({ errors: overrides.writeErrors ?? [] }));
  const api: PagefindApi = {
    createIndex: async () => ({
      errors: [],
      index: {
        addDirectory: async () => ({ errors: overrides.addErrors ?? [], page_count: overrides.pageCount ?? 3 }),
        writeFiles,
      },
    }),
    close,
  };
  return { api, close, writeFiles };
}

describe('buildIndex', () => {
  it('indexes the site and writes the bundle into it', async () => {
    const { api, writeFiles, close } = fakeApi();
    await expect(buildIndex(api, '/site/dist/')).resolves.toBe(3);
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
