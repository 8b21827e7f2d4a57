/** npm run record-check: files the report, copies its counts and writes a record whose hash matches the content. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.node.ts';
import { checkHash } from '../../../src/lib/content/check-record.node.ts';
import { EARLIER_HEADING } from '../../../src/lib/content/check-record.ts';
import { citedSourceIds } from '../../../src/lib/model/references.ts';
import type { CampaignData } from '../../../src/schemas/campaign.ts';
import { fixtureProject, type FixtureProject } from '../../helpers/fixtures/project.ts';
import { useCatalogue } from '../../helpers/fixtures/catalogue-build.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', '..', 'scripts', 'record-check.ts');
const SLUG = 'the-real-challenge';
const FILE = `content/campaigns/${SLUG}.mdx`;
const REPORT = '# Review: the-real-challenge\nitems: 52\ndefects: 4\nconfirmed: 3\n\n## Findings\n';

let project: FixtureProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

function run(...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: project!.root, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run record-check', { timeout: 60_000 }, () => {
  it('writes a record that the content check accepts and that matches the content as it stands', () => {
    project = fixtureProject();
    useCatalogue(project);
    project.write('review.md', REPORT);
    const result = run(SLUG, '--report', 'review.md', '--date', '2026-12-02');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(project.read(FILE)).toMatch(
      /\nchecked:\n {2}date: 2026-12-02\n {2}items: 52\n {2}defects: 3\n {2}hash: sha256:[0-9a-f]{64}\n---\n/,
    );
    expect(project.read(`docs/checks/${SLUG}.md`)).toBe(REPORT);

    const { problems, entries } = checkContent(project.root);
    expect(problems).toEqual([]);
    const data = entries.find((e) => e.collection === 'campaigns' && e.id === SLUG)!.data as CampaignData;
    expect(data.checked?.hash).toBe(checkHash(SLUG, citedSourceIds(data), project.root));
  });

  it('refuses while the content check fails, and writes nothing', () => {
    project = fixtureProject();
    useCatalogue(project);
    project.write('review.md', REPORT);
    const broken = project.read(FILE).replace('launched: 2019-10-25', 'launched: 2019-02-30');
    project.write(FILE, broken);
    const result = run(SLUG, '--report', 'review.md');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not a real date');
    expect(result.stderr).toContain('a check is recorded only for content that passes');
    expect(project.read(FILE)).toBe(broken);
    expect(existsSync(join(project.root, 'docs/checks', `${SLUG}.md`))).toBe(false);
  });

  it('names what is missing from a report', () => {
    project = fixtureProject();
    const before = readFileSync(join(project.root, FILE), 'utf8');
    writeFileSync(join(project.root, 'review.md'), '# Review\ndefects: 0\n');
    const result = run(SLUG, '--report', 'review.md');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('review.md: the report has no "items: N" line');
    expect(readFileSync(join(project.root, FILE), 'utf8')).toBe(before);
  });

  it("--recheck files the re-check above the earlier report, unchanged, and records the re-check's counts only", () => {
    project = fixtureProject();
    useCatalogue(project);
    project.write('review.md', REPORT);
    expect(run(SLUG, '--report', 'review.md', '--date', '2026-12-02').status).toBe(0);
    // No confirmed: line and no since: the earlier report's confirmed: 3 must not count, and the
    // day of the checked record it builds on is taken.
    const recheck = '# Re-check: the-real-challenge\nitems: 5\ndefects: 1\n\n## Findings\n';
    project.write('recheck.md', recheck);
    const result = run(SLUG, '--report', 'recheck.md', '--recheck', '--date', '2026-12-05');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('of what changed since 2026-12-02 (the report gave no "since:"');
    expect(project.read(FILE)).toMatch(
      /\nchecked:\n {2}date: 2026-12-05\n {2}items: 5\n {2}defects: 1\n {2}since: 2026-12-02\n {2}hash: sha256:/,
    );
    expect(project.read(`docs/checks/${SLUG}.md`)).toBe(
      `# Re-check: the-real-challenge\nitems: 5\ndefects: 1\nsince: 2026-12-02\n\n## Findings\n\n---\n\n${EARLIER_HEADING}\n\n${REPORT}`,
    );
    expect(checkContent(project.root).problems).toEqual([]);
  });

  it('--recheck refuses without an earlier filed report, or a re-check holding a --- line, and writes nothing', () => {
    project = fixtureProject();
    useCatalogue(project);
    const before = project.read(FILE);
    project.write('recheck.md', '# Re-check\nitems: 5\ndefects: 0\nsince: 2026-12-01\n');
    const first = run(SLUG, '--report', 'recheck.md', '--recheck');
    expect(first.status).toBe(2);
    expect(first.stderr).toContain(`there is no earlier report docs/checks/${SLUG}.md`);
    mkdirSync(join(project.root, 'docs/checks'), { recursive: true });
    project.write(`docs/checks/${SLUG}.md`, REPORT);
    project.write('recheck.md', `# Re-check\nitems: 5\ndefects: 0\nsince: 2026-12-01\n\n---\n\n${REPORT}`);
    const second = run(SLUG, '--report', 'recheck.md', '--recheck');
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('has a line "---"');
    expect(project.read(FILE)).toBe(before);
    expect(project.read(`docs/checks/${SLUG}.md`)).toBe(REPORT);
  });
});
