/**
 * /data/datapackage.json: the Frictionless Data Package of the open data (src/lib/open-data/package.ts),
 * each file described in the words /data/ uses for it.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '~/data/catalogue.ts';
import { openDataDownloads } from '~/data/open-data.ts';
import { dataPackage } from '~/lib/open-data/package.ts';

export const GET: APIRoute = async ({ site }) => {
  const { files, collections } = openDataDownloads(await getCatalogue());
  const notes = new Map([...files, ...collections].map((d) => [d.href, d.note]));
  const describe = (path: string) => {
    const note = notes.get(path);
    if (!note) throw new Error(`src/data/open-data.ts lists no note for ${path}, which datapackage.json describes. Fix: add it there.`);
    return `${note.charAt(0).toUpperCase()}${note.slice(1)}.`;
  };
  return new Response(`${JSON.stringify(dataPackage(site!, describe), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
