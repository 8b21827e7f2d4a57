/**
 * Builds the Pagefind search index once Astro has written the site. Pagefind's Node API returns
 * errors instead of throwing; we collect them and fail the build, so a broken index can never
 * ship silently (the astro-pagefind integration only logs them).
 *
 * In `astro dev` there is no build, so the dev server serves the index of the last build from
 * dist/pagefind/; without one, the search page says a build is needed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths, withoutBase } from '../lib/site/paths.ts';

/** The subset of Pagefind's Node API we use: small enough to stand in for in a unit test. */
export interface PagefindApi {
  createIndex(config?: { forceLanguage?: string }): Promise<{ errors: string[]; index?: PagefindIndexApi | undefined }>;
  close(): Promise<unknown>;
}
interface PagefindIndexApi {
  addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

/**
 * The pages Pagefind reads: the case studies, the only pages with data-pagefind-body. Reading
 * no other page keeps the build quicker as listings and taxonomy pages multiply.
 */
export const INDEXED_PAGES = `${withoutBase(paths.campaign('*')).slice(1)}index.html`;

/** Indexes `siteDir` into `siteDir/pagefind`; throws with every Pagefind error, or if nothing was indexed. */
export async function buildIndex(api: PagefindApi, siteDir: string): Promise<number> {
  try {
    const { errors, index } = await api.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index returned'}`);
    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
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

/** Content types of the files in a Pagefind bundle; the rest are served as bytes. */
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json' };

/** Reads a file of the built index for the dev server; undefined when it does not exist. */
export async function readIndexFile(indexDir: string, path: string): Promise<{ body: Buffer; type: string } | undefined> {
  const file = normalize(join(indexDir, decodeURIComponent(path.split('?')[0]!)));
  if (!file.startsWith(indexDir) || !existsSync(file)) return undefined;
  const body = await readFile(file).catch(() => undefined);
  return body && { body, type: TYPES[file.split('.').pop()!] ?? 'application/octet-stream' };
}

export default function pagefind(): AstroIntegration {
  let outDir = '';
  return {
    name: 'causeway:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        if (!existsSync(indexDir)) logger.warn('No search index yet: search works in dev after one `npm run build`.');
        // Under a base path, Vite has taken the base off the address by the time it gets here.
        server.middlewares.use(withoutBase(paths.pagefind), (req, res, next) => {
          readIndexFile(indexDir, req.url ?? '/').then((file) => {
            if (!file) return next();
            res.setHeader('content-type', file.type);
            res.end(file.body);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const api = (await import('pagefind')) as PagefindApi;
        const pages = await buildIndex(api, fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages.`);
      },
    },
  };
}
