/**
 * The content checker. It reads content/ straight from disk, validates every file against the
 * same schemas Astro uses, then checks what a schema alone cannot see (references between
 * files). It reports every problem at once, each naming the file, the field and the fix, so a
 * contributor can mend a pull request in one pass. `npm run check` runs it, and so does every
 * build before a page is written (src/integrations/content-checks.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { CampaignData } from '../schemas/campaign.ts';
import { brokenReferenceMessage, campaignReferences } from './references.ts';

export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** What is wrong, where, and how to fix it. */
  message: string;
}

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  body: string;
}

/** Lists files below `dir` whose names end with `ext`, sorted for stable output. */
function listFiles(dir: string, ext: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path, ext);
    return name.endsWith(ext) ? [path] : [];
  });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into its frontmatter text and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Formats a Zod issue path the way it reads in YAML: `metrics[2].source`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Turns a Zod error into one line per issue. */
export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path) || '(frontmatter)';
    let message = issue.message;
    if (issue.code === 'invalid_type' && issue.input === undefined)
      message = `is required but missing. Fix: add ${field} (see CONTRIBUTING.md for its form)`;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}. Fix: check the spelling against CONTRIBUTING.md, or remove them`;
    return { file, message: `${field}: ${message}` };
  });
}

/** Reads and validates every file of one collection. */
function loadCollection(root: string, name: CollectionName, problems: Problem[]): LoadedEntry[] {
  const dir = join(root, 'content', name);
  const ext = name === 'campaigns' ? '.mdx' : '.yaml';
  const entries: LoadedEntry[] = [];
  for (const path of listFiles(dir, ext)) {
    const file = relative(root, path).split(sep).join('/');
    const id = relative(dir, path).split(sep).join('/').slice(0, -ext.length);
    const source = readFileSync(path, 'utf8');
    let raw: unknown;
    let body = '';
    try {
      if (ext === '.mdx') {
        const parts = splitFrontmatter(source);
        if (!parts) {
          problems.push({
            file,
            message: 'frontmatter: none found. Fix: start the file with a line "---", the fields, then another "---"',
          });
          continue;
        }
        raw = yaml.load(parts.frontmatter);
        body = parts.body;
      } else {
        raw = yaml.load(source);
      }
    } catch (error) {
      const reason = error instanceof yaml.YAMLException ? error.message : String(error);
      problems.push({
        file,
        message: `YAML: the file cannot be read: ${reason}. Fix: check indentation and quote values that contain ":" or "#"`,
      });
      continue;
    }
    const parsed = COLLECTIONS[name].schema.safeParse(raw ?? {});
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error));
      continue;
    }
    entries.push({ collection: name, id, file, data: parsed.data, body });
  }
  return entries;
}

/** Runs every check over the content folder of `root` and returns all problems found. */
export function checkContent(root: string): { problems: Problem[]; entries: LoadedEntry[] } {
  const problems: Problem[] = [];
  const entries = COLLECTION_NAMES.flatMap((name) => loadCollection(root, name, problems));
  const ids = new Map<CollectionName, string[]>(
    COLLECTION_NAMES.map((name) => [name, entries.filter((e) => e.collection === name).map((e) => e.id)]),
  );

  for (const entry of entries) {
    if (entry.collection !== 'campaigns') continue;
    for (const ref of campaignReferences(entry.data as CampaignData)) {
      const known = ids.get(ref.collection) ?? [];
      if (!known.includes(ref.id)) problems.push({ file: entry.file, message: brokenReferenceMessage(ref, known) });
    }
  }
  return { problems, entries };
}

/** The report printed when content is invalid: every problem, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, string[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.message]);
  const lines = [
    `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}.`,
  ];
  for (const [file, messages] of byFile) {
    lines.push('', file);
    for (const m of messages) lines.push(`  - ${m}`);
  }
  return lines.join('\n');
}
