/**
 * `npm run new -- --from-issue` over the proposals kept in tests/fixtures/issue-forms/, in a copy
 * of the project with the fixture catalogue's content: a good proposal writes the expected files,
 * which the content checker passes; a bad one is refused with every problem, each naming the
 * form's field and the fix, and writes nothing; an injection attempt runs nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content/check.node.ts';
import { convertProposal, type FieldProblem } from '../../../../src/lib/content/from-issue/convert.ts';
import { knownContent } from '../../../../src/lib/content/from-issue/known.node.ts';
import type { ProposalSummary } from '../../../../src/lib/content/from-issue/comment.ts';
import { fixtureProject, type FixtureProject } from '../../../helpers/fixtures/project.ts';
import { useCatalogue } from '../../../helpers/fixtures/catalogue-build.ts';

const NODE = resolve('node_modules/.bin/node');
const SCRIPT = resolve('scripts/new.ts');
const FIXTURES = resolve('tests/fixtures/issue-forms');
const TODAY = new Date('2026-12-01T00:00:00Z');
const body = (name: string) => readFileSync(join(FIXTURES, `${name}.md`), 'utf8');

/** Every file under content/ with its text, to see what a run wrote. */
function contentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(root.length + 1), readFileSync(path, 'utf8'));
    }
  return files;
}

let project: FixtureProject;
/** What the copy's content/ holds before any proposal is converted. */
let known: ReturnType<typeof knownContent>;
beforeAll(() => {
  project = fixtureProject();
  useCatalogue(project);
  known = knownContent(project.root);
});
afterAll(() => project.remove());

/** Runs the converter's command line in the copy on a fixture; returns its exit code, output, summary and what it wrote. */
function run(name: string) {
  const before = contentFiles(project.root);
  const summaryFile = join(project.root, `${name}.summary.json`);
  const result = spawnSync(NODE, [SCRIPT, '--from-issue', join(FIXTURES, `${name}.md`), '--issue', '42', '--summary', summaryFile], {
    cwd: project.root,
    encoding: 'utf8',
  });
  const after = contentFiles(project.root);
  const written = [...after.keys()].filter((path) => !before.has(path) || before.get(path) !== after.get(path));
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as ProposalSummary;
  return { status: result.status, output: `${result.stdout}${result.stderr}`, summary, written, files: after };
}

/** The problems of a refused proposal, pure, against what the copy's content/ holds. */
function problemsOf(name: string): FieldProblem[] {
  const result = convertProposal(body(name), known, TODAY);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const EXPECTED = join(FIXTURES, 'good.expected');

describe('a good proposal', () => {
  let outcome: ReturnType<typeof run>;
  beforeAll(() => {
    outcome = run('good');
  });
  afterAll(() => {
    for (const path of outcome.written) rmSync(join(project.root, path));
  });

  it('writes the case study and one file per new source, exactly the expected files', () => {
    expect(outcome.status, outcome.output).toBe(0);
    const expected = readdirSync(EXPECTED, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(EXPECTED.length + 1));
    expect(outcome.written.sort()).toEqual(expected.sort());
    for (const path of expected) expect(outcome.files.get(path), path).toBe(readFileSync(join(EXPECTED, path), 'utf8'));
  });

  it('gives the same files when called as a function, on what content/ held before', () => {
    const result = convertProposal(body('good'), known, TODAY);
    expect(result.ok && Object.fromEntries(result.files.map((f) => [f.path, f.text]))).toEqual(
      Object.fromEntries(outcome.written.map((path) => [path, readFileSync(join(EXPECTED, path), 'utf8')])),
    );
  });

  it('writes files the content check passes', () => {
    expect(checkContent(project.root, { today: TODAY }).problems).toEqual([]);
  });

  it('says what it wrote in the summary the workflow reads', () => {
    expect(outcome.summary).toMatchObject({ ok: true, issue: 42, branch: 'propose/issue-42', slug: 'fixture-kindness-week', problems: [] });
    expect(outcome.summary.files.sort()).toEqual(outcome.written.sort());
    // A source content/ already has is cited by its id, and not written again.
    expect(outcome.summary.reusedSources).toEqual(['lunion-blog-ricardo-pires-2019']);
  });

  it('refuses a second run, whose case study exists, and writes nothing more', () => {
    const again = run('good');
    expect(again.status).toBe(1);
    expect(again.written).toEqual([]);
    expect(again.summary.problems).toContainEqual({
      field: 'Title',
      message: expect.stringContaining('content/campaigns/fixture-kindness-week.mdx already exists') as string,
    });
  });
});

describe('a proposal with fields missing', () => {
  it('names every missing field, says to fill it in, and writes nothing', () => {
    const outcome = run('missing-fields');
    expect(outcome.status).toBe(1);
    expect(outcome.written).toEqual([]);
    const fields = outcome.summary.problems.map((p) => p.field);
    for (const field of ['Summary', 'Causes', 'Launch date', 'What the campaign did', 'Sources', 'Before you send'])
      expect(fields, field).toContain(field);
    expect(outcome.summary.problems).toContainEqual({ field: 'Summary', message: 'is empty. Fix: fill it in; it is required.' });
    expect(outcome.summary.problems).toContainEqual({
      field: 'Launch date',
      message: expect.stringMatching(/^is missing from the issue\. Fix: file the proposal with the "Propose a case study" form/) as string,
    });
    expect(outcome.summary.problems).toContainEqual({
      field: 'Before you send',
      message: expect.stringMatching(/^"Nothing here names, quotes or describes an individual child.*" is not ticked\. Fix:/) as string,
    });
    expect(outcome.output).toContain('nothing was written');
  });
});

describe('a proposal with a bad date, an unknown organisation and a source that is not https', () => {
  const problems = () => problemsOf('bad-values');

  it('names each field, the bad value and the fix, all at once', () => {
    expect(problems()).toEqual(
      expect.arrayContaining([
        {
          field: 'Launch date',
          message: '"2021-13" is not a real date. Fix: write YYYY-MM-DD, YYYY-MM or YYYY, such as 2021-04-22 or 2021-04.',
        },
        {
          field: 'Other organisations and their roles',
          message: 'line 1: "unicfe" is not one we have. Did you mean "unicef"? Fix: choose one from the form\'s list.',
        },
        {
          field: 'Sources',
          message: expect.stringMatching(/^line 1: "http:\/\/www\.example\.org\/news\/fixture-kindness-week" is not an https:\/\/ address\. Fix:/) as string,
        },
      ]),
    );
  });

  it('does not blame a figure for its source\'s problem', () => {
    expect(problems().filter((p) => p.field === 'Figures')).toEqual([]);
  });

  it('writes nothing', () => {
    const outcome = run('bad-values');
    expect(outcome.status).toBe(1);
    expect(outcome.written).toEqual([]);
    expect(outcome.summary.ok).toBe(false);
  });
});

describe('a proposal that tries to inject Markdown, MDX, JSX or shell', () => {
  const MARKER = '/tmp/causeway-injection-marker';

  it('refuses each attempt in its field, with the fix', () => {
    const byField = (field: string) =>
      problemsOf('injection')
        .filter((p) => p.field === field)
        .map((p) => p.message);
    expect(byField('Title')).toContainEqual(expect.stringContaining("<script>, which would run code in a reader's browser"));
    expect(byField('Summary')).toContainEqual(expect.stringContaining('a curly bracket, which MDX runs as JavaScript. Fix: leave out "{" and "}".'));
    expect(byField('Context')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('a line starting with import or export'),
        expect.stringContaining('a backtick'),
      ]),
    );
    expect(byField('What the campaign did')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('a "$(" or "${", which a shell runs as a command'),
        expect.stringContaining('a Markdown link or image. Fix: leave links out of the text: put each address under Sources.'),
        expect.stringContaining('a javascript:, vbscript: or data: address'),
      ]),
    );
    expect(byField('Sources')).toContainEqual(expect.stringMatching(/^line 1: the headline contains "<", which MDX reads as the start of an HTML or JSX tag/));
  });

  it('writes nothing and runs nothing', () => {
    rmSync(MARKER, { force: true });
    const outcome = run('injection');
    expect(outcome.status).toBe(1);
    expect(outcome.written).toEqual([]);
    expect(existsSync(MARKER)).toBe(false);
  });
});

/** The good proposal with one field's answer changed, as if the proposer had typed it. */
function withAnswer(label: string, value: string): string {
  const good = body('good').replace(/\r\n/g, '\n');
  const start = good.indexOf(`### ${label}\n`);
  expect(start, label).toBeGreaterThan(-1);
  const end = good.indexOf('\n### ', start + 4);
  return `${good.slice(0, start)}### ${label}\n\n${value}\n${good.slice(end)}`;
}

const SOURCE = 'https://www.example.org/news/fixture-kindness-week';

describe('each field refuses what it cannot use, naming the field and the fix', () => {
  it.each([
    ['Title', '###', 'Title', 'has no letter or digit'],
    ['Title', 'Two\nlines', 'Title', 'runs over more than one line'],
    ['Hashtags', 'For-Climate', 'Hashtags', '"For-Climate" is not a hashtag. Fix:'],
    ['Hashtags', '#TheRealChallenge', 'Hashtags', 'already the hashtag of content/campaigns/the-real-challenge.mdx'],
    ['Summary', 'No full stop', 'Summary', 'does not end with a full stop'],
    ['Summary', `${'Long '.repeat(60)}.`, 'Summary', 'characters. Fix: shorten it'],
    ['Lead organisation', 'Not in this list (say who under "Anything else")', 'Lead organisation', 'a maintainer adds it to content/organisations/'],
    ['Lead organisation', 'Someone', 'Lead organisation', 'is not one of the form\'s choices'],
    ['Other organisations and their roles', 'tiktok', 'Other organisations and their roles', 'is not an id and a role'],
    ['Other organisations and their roles', 'tiktok | sponsor', 'Other organisations and their roles', '"sponsor" is not a role. Fix: write one of'],
    ['Other organisations and their roles', 'ifrc | partner', 'Other organisations and their roles', '"ifrc" is named twice'],
    ['Causes', 'Everything', 'Causes', 'is not one of the form\'s choices'],
    ['Mechanics', 'Dancing (dancing)', 'Mechanics', '"dancing" is not one we have'],
    ['Launch date', '2099-01', 'Launch date', '2099-01 is in the future'],
    ['Countries', 'fr', 'Countries', '"fr" is written in lower case. Fix: write FR.'],
    ['Countries', 'XX', 'Countries', '"XX" is not a code we know'],
    ['Languages', 'english', 'Languages', '"english" is not a code we know'],
    ['Context', 'It reached 5 million people.', 'Context', 'states 5,000,000. Fix: leave figures out of the text'],
    ['Sources', `${SOURCE} | Example News | 2021-05-02`, 'Sources', 'has 3 parts, but a source has five'],
    ['Sources', `${SOURCE} | Example News | 2021-05-02 | newspaper | A headline`, 'Sources', '"newspaper" does not say who published it'],
    ['Sources', `${SOURCE} | Example News | 2021-02-30 | press | A headline`, 'Sources', 'line 1: "2021-02-30" is not a real date'],
    ['Sources', `${SOURCE} | Example News | 2021 | press | A headline | en | A headline`, 'Sources', 'not the code of a language other than English'],
    ['Sources', `${SOURCE} | | 2021 | press | A headline`, 'Sources', 'the publisher is empty'],
    ['Sources', `${SOURCE} | A | 2021 | press | A\n${SOURCE} | B | 2021 | press | B`, 'Sources', 'line 2: repeats the address of line 1'],
    ['Figures', 'views | 12000000', 'Figures', 'has 2 parts, but a figure has six'],
    ['Figures', `clicks | 5 | exact | campaign | ${SOURCE} | 5 clicks`, 'Figures', '"clicks" is not something we count'],
    ['Figures', `views | 12M | rounded | hashtag | ${SOURCE} | 12 million views`, 'Figures', '"12M" is not a number written in full'],
    ['Figures', `donations | 5000 | exact | campaign | ${SOURCE} | 5000 dollars`, 'Figures', 'donations is money. Fix: add its currency'],
    ['Figures', `views | 5000 USD | exact | campaign | ${SOURCE} | 5000 views`, 'Figures', 'only money (donations or pledged) takes a currency'],
    ['Figures', 'views | 5000 | exact | campaign | https://elsewhere.example.org/ | 5000 views', 'Figures', 'is not one of the sources'],
    ['Figures', `views | 13000000 | rounded | hashtag | ${SOURCE} | 12 million views`, 'Figures', 'do not state 13000000. Fix: give the number exactly as the words state it'],
    ['Figures', `views | 12000000 | exact | hashtag | ${SOURCE} | 12000000 views`, 'Figures', 'ends in six or more zeros'],
    ['Figures', `views | 12000000 | rounded | hashtag | ${SOURCE} | 12 million views | the press`, 'Figures', '"the press" is not whose figure it is'],
  ])('%s: %j', (label, value, field, message) => {
    const result = convertProposal(withAnswer(label, value), known, TODAY);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.filter((p) => p.field === field).map((p) => p.message)).toContainEqual(expect.stringContaining(message));
    for (const p of problems) expect(p.message).toMatch(/Fix: /);
  });

  it('names a heading the issue repeats', () => {
    const result = convertProposal(`${body('good')}\n### Title\n\nAgain\n`, known, TODAY);
    expect(result.ok || result.problems).toContainEqual({ field: 'Title', message: 'appears twice in the issue. Fix: edit the issue so that each heading appears once.' });
  });

  it('accepts a figure its source passes on from the organisers, and says whose it is', () => {
    const result = convertProposal(withAnswer('Figures', `views | 12000000 | rounded | hashtag | ${SOURCE} | 12 million views | organiser`), known, TODAY);
    expect(result.ok && result.files[0]!.text).toContain('source: example-news-fixturekindnessweek-2021-05-02, attributedTo: organiser }');
  });
});
