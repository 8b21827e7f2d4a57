import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneStaleOutput } from '../../../src/integrations/stale-output.ts';

describe('removing what an earlier build left in dist/', () => {
  let root: string;
  const since = Date.parse('2026-01-02T00:00:00Z');
  const write = (path: string, when: string) => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, path);
    const time = new Date(when);
    utimesSync(file, time, time);
    return file;
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'causeway-stale-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps what the build produced, kept or copied from public/, and removes the rest', () => {
    const kept = write('dist/campaigns/kept/index.html', '2026-01-01'); // an unchanged page the build kept
    write('dist/campaigns/deleted/index.html', '2026-01-01'); // a case study since deleted
    write('dist/_astro/old.css', '2026-01-01'); // an earlier build's bundle
    write('dist/_astro/new.css', '2026-01-03'); // written by this build
    write('dist/pagefind/fragment/en_1.pf_fragment', '2026-01-01'); // the previous index
    write('public/favicon.svg', '2026-01-01');
    write('dist/favicon.svg', '2026-01-01'); // copied from public/ with its old time
    const removed = pruneStaleOutput({ dir: join(root, 'dist'), keep: new Set([kept]), since, publicDir: join(root, 'public') });
    expect(removed.sort()).toEqual(['_astro/old.css', 'campaigns/deleted/index.html', 'pagefind/fragment/en_1.pf_fragment']);
    for (const path of ['campaigns/kept/index.html', '_astro/new.css', 'favicon.svg'])
      expect(existsSync(join(root, 'dist', path))).toBe(true);
    // Folders left empty go too, so no empty page folder is deployed.
    expect(existsSync(join(root, 'dist/campaigns/deleted'))).toBe(false);
    expect(existsSync(join(root, 'dist/pagefind'))).toBe(false);
  });

  it('leaves the folders another integration keeps, whatever their files', () => {
    write('dist/cards/a.png', '2026-01-01'); // a card linked from the card cache, with its old time
    write('dist/old/page.html', '2026-01-01');
    const removed = pruneStaleOutput({
      dir: join(root, 'dist'),
      keep: new Set(),
      since,
      publicDir: join(root, 'public'),
      leave: ['cards'],
    });
    expect(removed).toEqual(['old/page.html']);
    expect(existsSync(join(root, 'dist/cards/a.png'))).toBe(true);
  });

  it('does nothing without a dist/', () => {
    expect(pruneStaleOutput({ dir: join(root, 'dist'), keep: new Set(), since, publicDir: join(root, 'public') })).toEqual([]);
  });
});
