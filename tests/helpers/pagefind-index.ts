/**
 * Reading a built Pagefind index in tests: its fragments (one per indexed page, gzipped JSON
 * behind a signature) hold the page text, filters and metadata exactly as search sees them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Every element with an id in the indexed text, with its tag name. */
  anchors: { element: string; id: string }[];
  /** The fragment file's size as served: Pagefind writes it gzipped. */
  bytes: number;
}

const SIGNATURE = 'pagefind_dcd';

export function readFragments(dist: string): Fragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: was the site built?`);
  return readdirSync(dir)
    .map((name) => {
      const file = readFileSync(join(dir, name));
      const bytes = gunzipSync(file);
      if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${name} is not a Pagefind fragment`);
      return { ...(JSON.parse(bytes.subarray(SIGNATURE.length).toString()) as Omit<Fragment, 'bytes'>), bytes: file.length };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Words of an index text that look like two words glued together, as Astro 7's default HTML
 * compression makes of `<dt>Dates</dt><dd>Launched <time>…` ("DatesLaunched25"): a lower-case
 * letter followed by a capital, or a letter followed by a digit. Words that occur as such in
 * the content (hashtags, names such as TikTok) are allowed.
 */
export function gluedWords(content: string, allowed: ReadonlySet<string>): string[] {
  return content
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}#]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/, ''))
    .filter((word) => /\p{Ll}\p{Lu}|\p{L}\p{N}/u.test(word) && !allowed.has(word));
}

/** Every word written in the content files, to allow the glued-looking words authors wrote. */
export function contentWords(root: string): Set<string> {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        // Hyphenated words count whole ("UpLink-inspired") and by parts, and each in lower case
        // too, as the index's block of organisation names holds them ("matthew25").
        // A word keeps its inner full stops ("Dh2.8"), as the index's words do.
        for (const word of readFileSync(path, 'utf8')
          .split(/[^\p{L}\p{N}#_'’.-]+/u)
          .map((w) => w.replace(/^\.+|\.+$/g, '')))
          for (const part of [word, ...word.split('-'), ...word.split('.')]) {
            words.add(part.replace(/['’]s$/, ''));
            words.add(part.replace(/['’]s$/, '').toLowerCase());
          }
    }
  };
  walk(join(root, 'content'));
  return words;
}
