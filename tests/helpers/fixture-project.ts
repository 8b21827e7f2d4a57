/**
 * A throw-away copy of the project whose content a test can break, to check what a real build
 * or `npm run check` says about it. Dependencies are linked; code and content are copied,
 * because Vite resolves a linked src/ to its real path outside the copy's root, which breaks
 * the bundling of component scripts once a build gets as far as writing pages.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/lib/content-check.ts';
import { campaignReferences } from '../../src/lib/references.ts';
import type { CampaignData } from '../../src/schemas/campaign.ts';

export interface FixtureProject {
  root: string;
  write(path: string, text: string): void;
  read(path: string): string;
  /**
   * Keeps only these real case studies (by slug), so a test's counts and orders do not change
   * as content grows; call before writing fixture campaigns, and `pruneUnreferenced` after.
   */
  keepOnlyCampaigns(slugs: string[]): void;
  /**
   * Removes the sources, organisations, causes, mechanics and themes no campaign refers to: the
   * content check rejects an uncited source, and unused terms would add pages that grow with
   * content/.
   */
  pruneUnreferenced(): void;
  /** Runs `astro build` in the copy; returns its exit code and all output. */
  build(): { status: number | null; output: string };
  remove(): void;
}

const ROOT = resolve('.');

export function fixtureProject(): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'causeway-fixture-'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, name), join(root, name), { recursive: true });
  }
  return {
    root,
    write: (path, text) => writeFileSync(join(root, path), text),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    keepOnlyCampaigns: (slugs) => {
      const dir = join(root, 'content/campaigns');
      for (const name of readdirSync(dir)) if (!slugs.includes(name.replace(/\.mdx$/, ''))) rmSync(join(dir, name));
    },
    pruneUnreferenced: () => {
      const used = new Set(
        checkContent(root)
          .entries.filter((e) => e.collection === 'campaigns')
          .flatMap((e) => campaignReferences(e.data as CampaignData).map((ref) => `${ref.collection}/${ref.id}`)),
      );
      for (const collection of ['sources', 'organisations', 'causes', 'mechanics', 'themes']) {
        const dir = join(root, 'content', collection);
        for (const name of readdirSync(dir)) if (!used.has(`${collection}/${name.replace(/\.yaml$/, '')}`)) rmSync(join(dir, name));
      }
    },
    build: () => {
      const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        // The fixture's own Node 24, like npm scripts use, whatever Node runs the tests.
        timeout: 120_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
