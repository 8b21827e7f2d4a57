/**
 * The contributor files outside the code stay in step with it: the editor snippets offer the
 * values the schemas allow, and the workflow uses the official actions and the Node of .nvmrc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import {
  AWARD_LEVELS,
  AWARD_SHOWS,
  METRIC_KINDS,
  ORGANISATION_ROLES,
  QUALIFIERS,
  RESOURCE_KINDS,
  SCOPES,
  SOURCE_FORMATS,
  SOURCE_KINDS,
} from '../../../src/schemas/vocabulary.ts';

describe('.vscode/causeway.code-snippets', () => {
  // The file is JSONC, as VS Code reads it: // comments and trailing commas (Prettier adds them).
  const text = readFileSync('.vscode/causeway.code-snippets', 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,(\s*[}\]])/g, '$1');
  const snippets = JSON.parse(text) as Record<string, { prefix: string; body: string[] }>;
  const body = (prefix: string) =>
    Object.values(snippets)
      .find((s) => s.prefix === prefix)
      ?.body.join('\n') ?? '';

  it('has a snippet for frontmatter, a metric, a quotation, a lesson, an objective, a target, a budget or team, an award and a source', () => {
    expect(Object.values(snippets).map((s) => s.prefix)).toEqual(
      expect.arrayContaining([
        'cw-frontmatter',
        'cw-metric',
        'cw-quotation',
        'cw-lesson',
        'cw-objective',
        'cw-target',
        'cw-resource',
        'cw-award',
        'cw-source',
      ]),
    );
  });
  it('offers exactly the values the schemas allow', () => {
    const choices = (prefix: string) => [...body(prefix).matchAll(/\$\{\d+\|([^|]+)\|\}/g)].map((m) => m[1]!.split(','));
    expect(choices('cw-metric')).toEqual([[...METRIC_KINDS], [...QUALIFIERS], [...SCOPES]]);
    expect(choices('cw-frontmatter')).toEqual([[...ORGANISATION_ROLES], [...METRIC_KINDS], [...QUALIFIERS], [...SCOPES]]);
    expect(choices('cw-source')).toEqual([[...SOURCE_KINDS], [...SOURCE_FORMATS]]);
    expect(choices('cw-target')).toEqual([[...METRIC_KINDS], [...QUALIFIERS], [...SCOPES]]);
    expect(choices('cw-resource')).toEqual([[...RESOURCE_KINDS], [...QUALIFIERS]]);
    expect(choices('cw-award')).toEqual([[...AWARD_SHOWS], [...AWARD_LEVELS]]);
    const objectives = readdirSync('content/objectives').map((file) => file.replace(/\.yaml$/, ''));
    expect(choices('cw-objective').map((values) => [...values].sort())).toEqual([objectives.sort()]);
  });
});

describe('.github/workflows/ci.yml', () => {
  const workflow = readFileSync('.github/workflows/ci.yml', 'utf8');
  const parsed = yaml.load(workflow) as {
    jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
  };

  it('runs .ci/run, and publishes the site on the gh-pages branch beside the previews', () => {
    expect(parsed.jobs['check']?.steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
    // One writer of gh-pages for the site and the previews (preview-publish.yml).
    expect(parsed.jobs['deploy']?.steps.some((s) => s.run?.startsWith('bash .github/scripts/gh-pages.sh site '))).toBe(true);
    const uses = Object.values(parsed.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter(Boolean));
    for (const action of [
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-artifact',
      'actions/download-artifact',
    ])
      expect(
        uses.some((u) => u!.startsWith(`${action}@`)),
        action,
      ).toBe(true);
  });
  it('uses the Node of .nvmrc, as package.json does', () => {
    const major = readFileSync('.nvmrc', 'utf8').trim();
    expect(major).toMatch(/^\d+$/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: { node: string } };
    expect(pkg.engines.node).toBe(`>=${major}`);
    // The node package puts this Node in node_modules/.bin for every npm script.
    expect(pkg.devDependencies.node).toMatch(new RegExp(`^[~^]?${major}\\.`));
    const setups = Object.values(parsed.jobs).flatMap((j) =>
      j.steps.filter((s) => s.uses?.startsWith('actions/setup-node@')).map((s) => s.with),
    );
    expect(setups.length).toBeGreaterThan(0);
    for (const options of setups) expect(options).toMatchObject({ 'node-version-file': '.nvmrc' });
    for (const [, image] of workflow.matchAll(/container: node:(\d+)/g)) expect(image).toBe(major);
    expect(workflow).not.toMatch(/node-version:/);
  });
});
