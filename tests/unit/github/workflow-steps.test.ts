/**
 * The workflows' own code, run here as GitHub would run it: the proposal workflow's shell steps
 * (bash -eo pipefail, GitHub's default) in a copy of the project with a fixture issue as
 * ISSUE_BODY, and the github-script steps against a stand-in for GitHub's API. GitHub itself
 * cannot run here; this is what of it can.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureProject, type FixtureProject } from '../../helpers/fixtures/project.ts';
import { useCatalogue } from '../../helpers/fixtures/catalogue-build.ts';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
const jobs = (file: string) =>
  (yaml.load(readFileSync(join('.github/workflows', file), 'utf8')) as { jobs: Record<string, { steps: Step[] }> }).jobs;
const step = (file: string, job: string, name: string) => {
  const found = jobs(file)[job]?.steps.find((s) => s.name === name);
  if (!found) throw new Error(`${file}: no step "${name}" in ${job}`);
  return found;
};

describe('propose.yml, the shell steps of the convert job', () => {
  let project: FixtureProject;
  const MARKER = '/tmp/causeway-injection-marker';
  beforeAll(() => {
    project = fixtureProject();
    useCatalogue(project);
    // The steps call npm scripts, which the copy needs.
    cpSync(resolve('scripts'), join(project.root, 'scripts'), { recursive: true });
    for (const args of [
      ['init', '-q'],
      ['add', 'content'],
      ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'content'],
    ])
      spawnSync('git', args, { cwd: project.root });
  });
  afterAll(() => project.remove());

  /** Runs the named steps in order, each with its env and GitHub's variables; returns the outputs and the runner's temp folder. */
  function runSteps(issue: string, names: string[]) {
    const temp = mkdtempSync(join(tmpdir(), 'causeway-runner-'));
    const output = join(temp, 'github-output');
    for (const name of names) {
      const s = step('propose.yml', 'convert', name);
      const env = {
        ...process.env,
        PATH: `${resolve('node_modules/.bin')}:${process.env['PATH']}`,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: output,
        // What GitHub puts in env: the expressions' values, the issue's text as it is.
        ISSUE_BODY: readFileSync(resolve('tests/fixtures/issue-forms', `${issue}.md`), 'utf8'),
        ISSUE_NUMBER: '42',
      };
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run!], {
        cwd: project.root,
        env,
        encoding: 'utf8',
      });
      expect(result.status, `${name}: ${result.stdout}${result.stderr}`).toBe(0);
    }
    const outputs = existsSync(output)
      ? Object.fromEntries(
          readFileSync(output, 'utf8')
            .trim()
            .split('\n')
            .map((l) => l.split(/=(.*)/s).slice(0, 2)),
        )
      : {};
    return { temp, outputs: outputs as Record<string, string> };
  }

  it('drafts a good proposal: the files, its title as an output, and the pull request description', () => {
    const { temp, outputs } = runSteps('good', [
      'Write the issue body to a file',
      'Convert the proposal (npm run new -- --from-issue)',
      "Keep the drafted files and the pull request's description",
    ]);
    expect(outputs).toEqual({ converted: 'true', title: '#FixtureKindnessWeek' });
    const kept = readdirSync(join(temp, 'proposal/files'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
    expect(kept.sort()).toEqual([
      'example-news-fixturekindnessweek-2021-05-02.yaml',
      'exemple-presse-fixturekindnessweek.yaml',
      'fixture-kindness-week.mdx',
    ]);
    expect(readFileSync(join(temp, 'proposal/pull-request.md'), 'utf8')).toContain('Closes #42');
    rmSync(temp, { recursive: true });
    spawnSync('git', ['clean', '-fdq', 'content'], { cwd: project.root });
  });

  it('refuses an injection attempt without running it, and still leaves the summary for the comment', () => {
    rmSync(MARKER, { force: true });
    const { temp, outputs } = runSteps('injection', [
      'Write the issue body to a file',
      'Convert the proposal (npm run new -- --from-issue)',
    ]);
    expect(outputs).toEqual({ converted: 'false' });
    expect(existsSync(MARKER)).toBe(false);
    expect(JSON.parse(readFileSync(join(temp, 'proposal/summary.json'), 'utf8'))).toMatchObject({ ok: false, issue: 42 });
    expect(spawnSync('git', ['status', '--porcelain', 'content'], { cwd: project.root, encoding: 'utf8' }).stdout).toBe('');
    rmSync(temp, { recursive: true });
  });
});

/** Runs a github-script step's script as the action does: an async function of github, context, core, require. */
async function runScript(s: Step, globals: { github: unknown; context: unknown; core?: unknown; env?: Record<string, string> }) {
  const saved = { ...process.env };
  Object.assign(process.env, s.env ?? {}, globals.env ?? {});
  try {
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...a: unknown[]) => Promise<unknown>;
    const { createRequire } = await import('node:module');
    const script = new AsyncFunction('github', 'context', 'core', 'require', s.with!['script'] as string);
    return await script(globals.github, globals.context, globals.core ?? {}, createRequire(import.meta.url));
  } finally {
    process.env = saved;
  }
}

const repo = { owner: 'o', repo: 'r' };

describe('propose.yml, the comment step', () => {
  it('comments, adds the labels, and removes only the labels the issue has', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'causeway-comment-'));
    const file = join(dir, 'comment.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify({ body: 'Hello', add: ['drafted'], remove: ['draft', 'needs sources'] }));
    const github = { rest: { issues: { createComment: vi.fn(), addLabels: vi.fn(), removeLabel: vi.fn() } } };
    const context = { repo, issue: { number: 42 }, payload: { issue: { labels: [{ name: 'draft' }, { name: 'proposal' }] } } };
    await runScript(step('propose.yml', 'report', 'Comment on the issue and set its status labels'), {
      github,
      context,
      env: { COMMENT_FILE: file },
    });
    expect(github.rest.issues.createComment).toHaveBeenCalledWith({ ...repo, issue_number: 42, body: 'Hello' });
    expect(github.rest.issues.addLabels).toHaveBeenCalledWith({ ...repo, issue_number: 42, labels: ['drafted'] });
    expect(github.rest.issues.removeLabel.mock.calls).toEqual([[{ ...repo, issue_number: 42, name: 'draft' }]]);
    rmSync(dir, { recursive: true });
  });
});

describe('proposal-status.yml', () => {
  const script = jobs('proposal-status.yml')['label']!.steps[0]!;
  const run = async (action: string, merged: boolean, ref = 'propose/issue-42') => {
    const github = {
      rest: {
        issues: {
          addLabels: vi.fn(),
          removeLabel: vi.fn(),
          listLabelsOnIssue: vi.fn(() => Promise.resolve({ data: [{ name: 'drafted' }, { name: 'proposal' }] })),
        },
      },
    };
    await runScript(script, { github, context: { repo, payload: { action, pull_request: { head: { ref }, merged } } } });
    return github.rest.issues;
  };

  it('labels the proposal in review when a review is requested, and published when merged', async () => {
    const review = await run('review_requested', false);
    expect(review.addLabels).toHaveBeenCalledWith({ ...repo, issue_number: 42, labels: ['in review'] });
    expect(review.removeLabel).toHaveBeenCalledWith({ ...repo, issue_number: 42, name: 'drafted' });
    expect((await run('closed', true)).addLabels).toHaveBeenCalledWith({ ...repo, issue_number: 42, labels: ['published'] });
  });

  it("does nothing for a pull request closed unmerged, or a branch that is not a proposal's", async () => {
    expect((await run('closed', false)).addLabels).not.toHaveBeenCalled();
    expect((await run('review_requested', false, 'propose/issue-42; rm -rf')).addLabels).not.toHaveBeenCalled();
  });
});

describe('preview-publish.yml, finding the pull request', () => {
  const script = step('preview-publish.yml', 'publish', 'Find the pull request the preview was built from');
  const dir = mkdtempSync(join(tmpdir(), 'causeway-preview-'));
  afterAll(() => rmSync(dir, { recursive: true }));

  async function find(number: string, pr: { sha: string; repo: string; labels?: string[]; state?: string }) {
    mkdirSync(dir, { recursive: true });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'pr-number'), `${number}\n`);
    const outputs: Record<string, string> = {};
    const github = {
      rest: {
        pulls: {
          get: vi.fn(() =>
            Promise.resolve({
              data: {
                head: { sha: pr.sha, repo: { full_name: pr.repo } },
                labels: (pr.labels ?? []).map((name) => ({ name })),
                state: pr.state ?? 'open',
              },
            }),
          ),
        },
        repos: { getPages: vi.fn(() => Promise.resolve({ data: { html_url: 'https://o.github.io/r/' } })) },
      },
    };
    const context = { repo, payload: { workflow_run: { head_sha: 'abc' } } };
    await runScript(script, {
      github,
      context,
      core: { setOutput: (k: string, v: string) => (outputs[k] = v) },
      env: { PREVIEW_DIR: dir },
    });
    return outputs;
  }

  it('publishes a preview of a branch of this repository, at its address under the site', async () => {
    expect(await find('7', { sha: 'abc', repo: 'o/r' })).toEqual({
      number: '7',
      publish: 'true',
      url: 'https://o.github.io/r/pr-preview/pr-7/',
    });
  });

  it("waits for the maintainer's preview label on a fork's pull request", async () => {
    expect((await find('7', { sha: 'abc', repo: 'stranger/r' })).publish).toBe('false');
    expect((await find('7', { sha: 'abc', repo: 'stranger/r', labels: ['preview'] })).publish).toBe('true');
  });

  it('refuses an artifact built from another commit, or naming no number', async () => {
    await expect(find('7', { sha: 'def', repo: 'o/r' })).rejects.toThrow(/not from #7's head: not published/);
    await expect(find('../1', { sha: 'abc', repo: 'o/r' })).rejects.toThrow(/names no pull request number/);
  });
});
