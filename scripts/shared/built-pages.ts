/** The pages of a built site, shared by the tests and the scripts that visit every page. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page under `dist` (Pagefind's folder aside), as sorted URL paths (/campaigns/x/). */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = '/' + relative(dist, path).split('\\').join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}
