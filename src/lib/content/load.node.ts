/**
 * Loading content for the checker: every file under content/, read from disk, its YAML parsed
 * and validated against the same schemas Astro uses. Each problem is collected, never thrown,
 * so one run reports them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import * as yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { missingPassageFix } from '../../schemas/passage.ts';
import { SLUG_PATTERN } from '../../schemas/slug.ts';
import { show, type Problem } from './problem.ts';
import { bomFinding, yamlFindings, type YamlFinding } from './yaml-rules.ts';
import { formatPath, splitFrontmatter } from './frontmatter.ts';

export { formatPath, splitFrontmatter } from './frontmatter.ts';

export interface LoadedEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension (and folder, if misplaced in one). */
  id: string;
  file: string;
  /** The whole file as written. */
  source: string;
  /** The data after validation; undefined when the file failed its schema. */
  data: unknown;
  /** MDX only: the text below the frontmatter, and the file line it starts on. */
  body?: { text: string; startLine: number };
}

/** Lists every file below `dir`, sorted for stable output. */
function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The lists of the frontmatter whose entries each need a source, by what one entry is called. */
const SOURCED = {
  metrics: 'figure',
  quotations: 'quotation',
  lessons: 'lesson',
  objectives: 'objective',
  targets: 'target',
  resources: 'budget or team',
  awards: 'award',
} as Record<PropertyKey, string>;
/** Those whose entries also carry the source's own words. */
const PASSAGED = new Set<PropertyKey>(['lessons', 'objectives', 'targets', 'resources', 'awards']);

/** Turns a Zod error (parsed with `reportInput`) into one line per issue, each with the bad value. */
export function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path) || '(frontmatter)';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    let message = issue.message;
    if (missing && issue.path.at(-1) === 'source' && SOURCED[issue.path[0]!])
      message = `is missing: every ${SOURCED[issue.path[0]!]} needs a source. Fix: add source: with the id of a file in content/sources/ that reports it (add the source file first if it is new).`;
    else if (missing && issue.path[0] === 'metrics' && issue.path.at(-1) === 'scope')
      message =
        "is missing: every figure says what it counts. Fix: add scope: { type: campaign } for the campaign's own videos or content, or hashtag, channel, platform or event, as the source words it, with detail: in a few words.";
    else if (missing && issue.path[0] === 'metrics' && issue.path.at(-1) === 'qualifier')
      message =
        'is missing: every figure says how precise it is. Fix: add qualifier: exact (a count given digit by digit), rounded (a headline figure such as "230 million"), over, about or up-to, as the source words it.';
    else if (missing && file.startsWith('content/sources/') && issue.path.at(-1) === 'kind')
      message =
        'is missing: every source says who published it, so readers can tell a self-reported figure from an independent one. Fix: add kind: organiser, platform, agency, award-entry, press, academic or other.';
    else if (missing && PASSAGED.has(issue.path[0]!) && issue.path.at(-1) === 'passage')
      message = `is missing, so a reader cannot see what in the source supports the ${SOURCED[issue.path[0]!]}. Fix: ${missingPassageFix((name, words) => `${name}: "${words}"`)}.`;
    else if (missing) message = `is required but missing. Fix: add ${field} (CONTRIBUTING.md describes each field).`;
    else if (issue.code === 'unrecognized_keys')
      message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}. Fix: check the spelling against CONTRIBUTING.md, or remove them.`;
    else if (isShown(issue.input) && !message.includes(show(issue.input)))
      message = `${message.replace(/\.?$/, '.')} Found: ${show(issue.input)}.`;
    return { file, message: `${field}: ${message}` };
  });
}

/** Whether a bad value is small enough to quote: not a whole object (a refine sees the object). */
const isShown = (input: unknown) =>
  input !== undefined && (typeof input !== 'object' || input === null || input instanceof Date || Array.isArray(input));

/** A broken YAML rule as a problem: `title (line 1, column 42): … Fix: …`. */
const findingProblem = (file: string, finding: YamlFinding): Problem => ({
  file,
  message: `${formatPath(finding.path) || 'YAML'} (line ${finding.line}, column ${finding.column}): ${finding.message}`,
});

/** Reads one file: its YAML (or MDX frontmatter) parsed and validated. */
function loadFile(collection: CollectionName, path: string, file: string, id: string, problems: Problem[]): LoadedEntry {
  const source = readFileSync(path, 'utf8');
  const entry: LoadedEntry = { collection, id, file, source, data: undefined };
  // A byte-order mark is reported with the YAML rules below; without it, the frontmatter is found.
  const bom = bomFinding(source);
  let text = bom ? source.slice(1) : source;
  let lineOffset = 0;
  if (COLLECTIONS[collection].extension === '.mdx') {
    const parts = splitFrontmatter(text);
    if (!parts) {
      problems.push({ file, message: 'frontmatter: none found. Fix: start the file with a line "---", the fields, then another "---".' });
      return entry;
    }
    text = parts.frontmatter;
    lineOffset = 1;
    entry.body = { text: parts.body, startLine: parts.bodyStartLine };
  }
  // What YAML would read differs from what was written, so the file is refused before it is
  // read: validating the misread values would only add messages about the same mistake.
  const findings = [...(bom ? [bom] : []), ...yamlFindings(text, lineOffset + 1)];
  if (findings.length) {
    problems.push(...findings.map((finding) => findingProblem(file, finding)));
    return entry;
  }
  let raw: unknown;
  try {
    raw = yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const mark = error.mark as { line: number; column: number } | undefined;
    const where = mark ? ` (line ${mark.line + 1 + lineOffset}, column ${mark.column + 1})` : '';
    problems.push({
      file,
      message: `YAML${where}: the file cannot be read: ${error.reason}. Fix: check the indentation on that line and the one before, close every [ and {, and put values that contain ":" or "#" in quotes.`,
    });
    return entry;
  }
  const parsed = COLLECTIONS[collection].schema.safeParse(raw ?? {}, { reportInput: true });
  if (parsed.success) entry.data = parsed.data;
  else problems.push(...zodProblems(file, parsed.error));
  return entry;
}

/** Problems with where a file is and what it is called, which decide its id and URL. */
function placeProblems(collection: CollectionName, path: string, id: string, file: string): Problem[] {
  const ext = COLLECTIONS[collection].extension;
  const name = basename(path);
  if (!name.endsWith(ext)) {
    return [
      {
        file,
        message: `file name: "${name}" is not read, because entries in content/${collection}/ end in ${ext}. Fix: rename it to ${name.replace(/\.[^.]*$/, '')}${ext}.`,
      },
    ];
  }
  const slug = name.slice(0, -ext.length);
  const problems: Problem[] = [];
  if (id.includes('/'))
    problems.push({
      file,
      message: `file name: "${id}" is in a subfolder, but entries sit directly in content/${collection}/. Fix: move it to content/${collection}/${slug}${ext}.`,
    });
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    problems.push({
      file,
      message: `file name: "${slug}" must be lower-case words joined by hyphens, because it becomes the entry's id and URL. Fix: rename the file to ${suggestion || 'a-name'}${ext}.`,
    });
  }
  return problems;
}

/** Loads every collection; files of the wrong type are reported and skipped. */
export function loadContent(root: string, problems: Problem[]): LoadedEntry[] {
  return COLLECTION_NAMES.flatMap((collection) =>
    listFiles(join(root, 'content', collection)).flatMap((path) => {
      const file = relative(root, path).split(sep).join('/');
      const id = relative(join(root, 'content', collection), path)
        .split(sep)
        .join('/')
        .replace(/\.[^./]+$/, '');
      const place = placeProblems(collection, path, id, file);
      problems.push(...place);
      if (!path.endsWith(COLLECTIONS[collection].extension)) return [];
      return [loadFile(collection, path, file, id, problems)];
    }),
  );
}
