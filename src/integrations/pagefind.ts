/**
 * Builds the Pagefind search index once Astro has written the site. Pagefind's Node API returns
 * errors instead of throwing; we collect them and fail the build, so a broken index can never
 * ship silently (the astro-pagefind integration only logs them).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The subset of Pagefind's Node API we use: small enough to stand in for in a unit test. */
export interface PagefindApi {
  createIndex(config?: { forceLanguage?: string }): Promise<{ errors: string[]; index?: PagefindIndexApi | undefined }>;
  close(): Promise<unknown>;
}
interface PagefindIndexApi {
  addDirectory(dir: { path: string }): Promise<{ errors: string[]; page_count: number }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/** Indexes `siteDir` into `siteDir/pagefind`; throws with every Pagefind error, or if nothing was indexed. */
export async function buildIndex(api: PagefindApi, siteDir: string): Promise<number> {
  try {
    const { errors, index } = await api.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index returned'}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind failed to index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0)
      throw new Error(`Pagefind indexed no page in ${siteDir}: is data-pagefind-body missing from the case-study layout?`);
    const written = await index.writeFiles({ outputPath: `${siteDir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await api.close();
  }
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'causeway:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const api = (await import('pagefind')) as PagefindApi;
        const pages = await buildIndex(api, fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages.`);
      },
    },
  };
}
