/**
 * .github/scripts/gh-pages.sh, the one writer of the gh-pages branch, run against a local bare
 * repository standing in for GitHub: the site replaces the site and keeps the previews, a
 * preview replaces only its own folder, and a number that is not a number is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve('.github/scripts/gh-pages.sh');
const dir = mkdtempSync(join(tmpdir(), 'causeway-gh-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
};
const origin = join(dir, 'origin.git');
const checkout = join(dir, 'checkout');
mkdirSync(checkout);
git(dir, 'init', '-q', '--bare', origin);
git(checkout, 'init', '-q');
git(checkout, 'commit', '-q', '--allow-empty', '-m', 'main');
git(checkout, 'remote', 'add', 'origin', origin);

const publish = (...args: string[]) => spawnSync('bash', [SCRIPT, ...args], { cwd: checkout, encoding: 'utf8' });
const branch = () => git(origin, 'ls-tree', '-r', '--name-only', 'gh-pages').trim().split('\n');
const show = (path: string) => git(origin, 'show', `gh-pages:${path}`);

/** A folder with the given files, as a build leaves it. */
function built(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('gh-pages.sh', () => {
  it('creates the branch with the site, and a .nojekyll so that Pages serves _astro/', () => {
    expect(publish('site', built('site1', { 'index.html': 'site 1', '_astro/a.js': 'a' })).status).toBe(0);
    expect(branch()).toEqual(['.nojekyll', '_astro/a.js', 'index.html']);
  });

  it('adds a preview under pr-preview/pr-<n>/, without its links, and leaves the site alone', () => {
    const preview = built('preview', { 'index.html': 'preview 7' });
    symlinkSync('/etc/hostname', join(preview, 'leak'));
    expect(publish('preview', '7', preview).status).toBe(0);
    expect(branch()).toEqual(['.nojekyll', '_astro/a.js', 'index.html', 'pr-preview/pr-7/index.html']);
    expect(show('pr-preview/pr-7/index.html')).toBe('preview 7');
  });

  it('replaces the site and keeps the previews', () => {
    expect(publish('site', built('site2', { 'index.html': 'site 2', '_astro/b.js': 'b' })).status).toBe(0);
    expect(branch()).toEqual(['.nojekyll', '_astro/b.js', 'index.html', 'pr-preview/pr-7/index.html']);
    expect(show('index.html')).toBe('site 2');
  });

  it('removes a preview when its pull request closes', () => {
    expect(publish('remove', '7').status).toBe(0);
    expect(branch()).toEqual(['.nojekyll', '_astro/b.js', 'index.html']);
  });

  it('refuses a pull request "number" that could name another folder, and a folder that is not a build', () => {
    const result = publish('preview', '../..', built('evil', { 'index.html': 'x' }));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"../.." is not a pull request number');
    expect(publish('site', join(dir, 'nowhere')).stderr).toContain('has no index.html: build the site first');
    expect(branch()).toEqual(['.nojekyll', '_astro/b.js', 'index.html']);
  });
});
