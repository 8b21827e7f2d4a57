/**
 * A throw-away copy of the project grown to N case studies, for `npm run bench:scale`. The real
 * case studies are cloned under new slugs, titles and hashtags (sources and organisations stay
 * valid, so the content check passes) and committed in batches on different days in the copy's
 * own git repository, so that git-derived dates are exercised and vary. The project's
 * content/ is only read.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as yaml from 'js-yaml';

/**
 * Gives `root` a node_modules of its own whose packages are links to `from`'s: dependencies are
 * shared, while caches that tools keep in node_modules (.astro, .vite, .cache) stay per copy.
 */
export function linkNodeModules(from: string, root: string): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(from, name), join(target, name));
  }
}

/** Copies the files git knows in `project` (tracked, and new ones it does not ignore) into `root`. */
export function copyProject(project: string, root: string): number {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: project, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(project, file)));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(project, file), join(root, file));
  }
  linkNodeModules(join(project, 'node_modules'), root);
  return files.length;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

export interface CloneOptions {
  /** The clone's number, 2 and up; it goes into the title and hashtags. */
  n: number;
  /** A `published` date to set, when the schema has that field. */
  published?: string | undefined;
  /** An organisation id to add as a partner: a new organisation of the clone's own. */
  partner?: string | undefined;
}

/**
 * The MDX with top-level frontmatter fields set: each key of `fields` replaces that field (with
 * its block, such as the items of a block list) where it stands, or is added at the end when the
 * frontmatter lacks it; `undefined` removes it. Values are YAML text, such as
 * `JSON.stringify(["a"])` (JSON is YAML) or a bare date. The body is kept as it is.
 */
export function setFrontmatter(mdx: string, fields: Record<string, string | undefined>): string {
  const match = FRONTMATTER.exec(mdx);
  if (!match) throw new Error('a case study without frontmatter');
  const lines = match[1]!.split('\n');
  const out: string[] = [];
  const done = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const key = /^([\w-]+):/.exec(lines[i]!)?.[1];
    if (key === undefined || !(key in fields)) {
      out.push(lines[i]!);
      continue;
    }
    done.add(key);
    if (fields[key] !== undefined) out.push(`${key}: ${fields[key]}`);
    // A block value goes with its key: skip its indented lines.
    while (/^\s+\S/.test(lines[i + 1] ?? '')) i++;
  }
  for (const [key, value] of Object.entries(fields)) if (!done.has(key) && value !== undefined) out.push(`${key}: ${value}`);
  return `---\n${out.join('\n')}\n---\n${mdx.slice(match[0].length)}`;
}

/**
 * The MDX of a clone: the same body and frontmatter, but for its title ("… (clone 7)"), its
 * hashtags (each with the number appended) and, when given, its `published` date.
 */
export function cloneCampaign(mdx: string, { n, published, partner }: CloneOptions): string {
  const match = FRONTMATTER.exec(mdx);
  if (!match) throw new Error('a case study without frontmatter');
  const data = yaml.load(match[1]!) as { title: string; hashtags?: string[]; organisations?: unknown[] };
  return setFrontmatter(mdx, {
    title: JSON.stringify(`${data.title} (clone ${n})`),
    ...(data.hashtags && { hashtags: JSON.stringify(data.hashtags.map((tag) => `${tag}${n}`)) }),
    ...(partner && { organisations: JSON.stringify([{ id: partner, role: 'partner' }, ...(data.organisations ?? [])]) }),
    ...(published && { published }),
  });
}

/** A synthetic organisation's YAML: enough to pass the schema and the content check. */
export const partnerOrganisation = (k: number) =>
  [
    `name: Bench Partner Organisation ${k}`,
    `kind: ngo`,
    `description: A made-up organisation that exists only in the scale benchmark's temporary copy, so that the catalogue grows in organisations as a real one would.`,
    '',
  ].join('\n');

/**
 * One clone in `PARTNER_EVERY` gets a new organisation as a partner: a real catalogue of ten
 * thousand case studies names thousands of organisations, and the organisations index, their
 * pages and the explorer's organisation facet must hold that too.
 */
export const PARTNER_EVERY = 5;

/** `days` after `start` (YYYY-MM-DD), as YYYY-MM-DD. */
export function addDays(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface GrowResult {
  campaigns: number;
  commits: number;
  /** The slugs, originals first. */
  slugs: string[];
}

/**
 * Grows content/campaigns/ in `root` (already a copy) to `total` case studies and commits them in
 * a new git repository there: the originals on one day, the clones in batches on later days,
 * and a last commit that edits every tenth clone, so first and last commit dates differ.
 */
export function growCampaigns(root: string, total: number, log: (message: string) => void = () => undefined): GrowResult {
  const dir = join(root, 'content', 'campaigns');
  const organisations = join(root, 'content', 'organisations');
  const originals = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  if (!originals.length) throw new Error(`no case studies in ${dir}`);
  for (const name of originals.slice(total)) rmSync(join(dir, name));
  const kept = originals.slice(0, total);
  const hasPublished = /^\s*published:/m.test(readFileSync(join(root, 'src', 'schemas', 'campaign.ts'), 'utf8'));

  const git = (args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.org',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.org',
        ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }),
      },
    });
  const commit = (message: string, date: string) => {
    git(['add', '-A']);
    git(['commit', '-q', '--no-verify', '--no-gpg-sign', '-m', message], date);
  };

  git(['init', '-q']);
  commit('The project with its real case studies', '2022-12-01');
  let commits = 1;

  const clones = Math.max(0, total - kept.length);
  const batches = Math.min(24, clones);
  const slugs = kept.map((name) => name.replace(/\.mdx$/, ''));
  const sources = kept.map((name) => readFileSync(join(dir, name), 'utf8'));
  let date = '2023-01-02';
  for (let batch = 0; batch < batches; batch++) {
    // Batches spread over about three years, so version and first-commit dates vary.
    date = addDays('2023-01-02', Math.floor((batch * 1_000) / batches));
    const from = Math.floor((batch * clones) / batches);
    const to = Math.floor(((batch + 1) * clones) / batches);
    for (let i = from; i < to; i++) {
      const original = i % kept.length;
      const n = Math.floor(i / kept.length) + 2;
      const slug = `${slugs[original]!}-clone-${n}`;
      const partner = i % PARTNER_EVERY === 0 ? `bench-partner-${i / PARTNER_EVERY + 1}` : undefined;
      if (partner) writeFileSync(join(organisations, `${partner}.yaml`), partnerOrganisation(i / PARTNER_EVERY + 1));
      writeFileSync(
        join(dir, `${slug}.mdx`),
        cloneCampaign(sources[original]!, { n, published: hasPublished ? date : undefined, partner }),
      );
      slugs.push(slug);
    }
    commit(`Clones ${from + 1}–${to}`, date);
    commits++;
    log(`  committed clones ${from + 1}–${to} of ${clones} (${date})`);
  }
  if (clones) {
    for (const slug of slugs.slice(kept.length).filter((_, i) => i % 10 === 0)) {
      const file = join(dir, `${slug}.mdx`);
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nUpdated after publication.\n`);
    }
    commit('Edit every tenth clone', addDays(date, 90));
    commits++;
  }
  return { campaigns: slugs.length, commits, slugs };
}
