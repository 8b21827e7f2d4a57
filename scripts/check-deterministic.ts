/**
 * `npm run check:deterministic`: builds the site twice, into two temporary folders, and
 * compares every file of the two builds byte for byte (HTML, assets and the search index). Two builds of the same
 * commit must be identical (no build time, random id or unordered list in the output), so that
 * a diff of the site shows only what a change meant to change. Exits 1 with the differing files.
 * With `--against <commit>` the first build is of that commit instead, so a refactor can show
 * that it left the site as it was.
 */
import { parseCli } from './cli.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, root) : [relative(root, path)];
  });
}

function build(outDir: string, cwd = process.cwd()): void {
  const result = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
    cwd,
    encoding: 'utf8',
    // Each build renders everything itself: `--force` leaves Astro's incremental cache aside and
    // each build has its own card folder, else the second would only copy back what the first wrote.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CARD_CACHE_DIR: `${outDir}-cards` },
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`astro build into ${outDir} failed`);
  }
}

/** Builds `commit` from a temporary git worktree (sharing this checkout's node_modules) into `outDir`. */
function buildCommit(commit: string, work: string, outDir: string): void {
  const tree = join(work, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { stdio: 'ignore' });
  try {
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
    build(outDir, tree);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  }
}

const { values } = parseCli(
  `Usage: npm run check:deterministic [-- --against <commit>]

Builds the site twice into temporary folders and compares every file byte for byte. Exits 1
and lists the files that differ.

  --against <commit>  build that commit first (from a temporary git worktree), then this
                      checkout, and list every file the change between them altered`,
  { against: { type: 'string' } },
);
const against = values.against;

const work = mkdtempSync(join(tmpdir(), 'causeway-deterministic-'));
try {
  const [a, b] = [join(work, 'a'), join(work, 'b')];
  if (against) buildCommit(against, work, a);
  else build(a);
  build(b);
  const listA = files(a).sort();
  const listB = files(b).sort();
  const problems: string[] = [];
  for (const f of new Set([...listA, ...listB])) {
    if (!listA.includes(f) || !listB.includes(f)) problems.push(`${f}: only in one build`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) problems.push(`${f}: differs between the two builds`);
  }
  if (!listA.some((f) => f.endsWith('.html'))) problems.push('no HTML file was built');
  if (problems.length) {
    const heading = against ? `The build differs from ${against}'s:` : 'Builds are not deterministic:';
    console.error(`${heading}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`${against ? `Identical to ${against}'s build` : 'Deterministic'}: ${listA.length} files identical across two builds.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
