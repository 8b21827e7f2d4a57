/**
 * `npm run check:deterministic`: builds the site twice, into two temporary folders, and
 * compares every file of the two builds byte for byte (HTML, assets and the search index). Two builds of the same
 * commit must be identical (no build time, random id or unordered list in the output), so that
 * a diff of the site shows only what a change meant to change. Exits 1 with the differing files.
 */
import { parseCli } from './cli.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, root) : [relative(root, path)];
  });
}

function build(outDir: string): void {
  const result = spawnSync(resolve('node_modules/.bin/astro'), ['build', '--force', '--outDir', outDir], {
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

parseCli(
  `Usage: npm run check:deterministic

Builds the site twice into temporary folders and compares every file byte for byte. Exits 1
and lists the files that differ.`,
  {},
);

const work = mkdtempSync(join(tmpdir(), 'causeway-deterministic-'));
try {
  const [a, b] = [join(work, 'a'), join(work, 'b')];
  build(a);
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
    console.error(`Builds are not deterministic:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`Deterministic: ${listA.length} files identical across two builds.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
