import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatPath, formatProblems } from '../../../src/lib/content/check.node.ts';
import { fixtureProject, type FixtureProject } from '../../helpers/fixtures/project.ts';
import { useCatalogue } from '../../helpers/fixtures/catalogue-build.ts';

let project: FixtureProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** A copy of the project with the fixture catalogue's content, whose files the tests then break. */
function catalogueProject(): FixtureProject {
  const copy = fixtureProject();
  useCatalogue(copy);
  return copy;
}

/** The catalogue's copy of #TheRealChallenge, which no edit to the real one changes. */
const CAMPAIGN = 'content/campaigns/the-real-challenge.mdx';

describe('checkContent', () => {
  it('passes the fixture catalogue', () => {
    project = catalogueProject();
    expect(checkContent(project.root).problems).toEqual([]);
  });

  it('names the file, the field, the bad id and a likely fix for a broken reference', () => {
    project = catalogueProject();
    project.write(CAMPAIGN, project.read(CAMPAIGN).replace('causes: [child-rights,', 'causes: [child-rigths,'));
    const { problems } = checkContent(project.root);
    expect(problems).toEqual([
      {
        file: CAMPAIGN,
        message:
          'causes[0]: "child-rigths" is not an entry of causes. Fix: did you mean "child-rights"? Otherwise add content/causes/child-rigths.yaml, or use an existing id.',
      },
    ]);
  });

  it('reports every problem at once, across files', () => {
    project = catalogueProject();
    project.write('content/sources/bad.yaml', 'title: x\npublisher: y\nurl: http://example.org\nkind: tweet\n');
    project.write(CAMPAIGN, project.read(CAMPAIGN).replace('launched: 2019-10-25', 'launched: 2019-02-30'));
    const { problems } = checkContent(project.root);
    const text = formatProblems(problems);
    expect(text).toContain('content/sources/bad.yaml');
    expect(text).toContain('url: must start with https://');
    expect(text).toContain('kind: kind must be one of');
    expect(text).toMatch(new RegExp(`${CAMPAIGN}\\n  - launched \\(line \\d+, column 11\\): "2019-02-30" is not a real date`));
  });

  it('explains unreadable YAML', () => {
    project = catalogueProject();
    project.write('content/causes/broken.yaml', 'name: [unclosed\n');
    const { problems } = checkContent(project.root);
    expect(problems[0]?.file).toBe('content/causes/broken.yaml');
    expect(problems[0]?.message).toMatch(/^YAML \(line 2, column 1\): the file cannot be read/);
  });

  it('says a value of the wrong type is wrong, not missing, and quotes it', () => {
    project = catalogueProject();
    project.write(CAMPAIGN, project.read(CAMPAIGN).replace('title: "#TheRealChallenge"', 'title: 42'));
    expect(checkContent(project.root).problems).toEqual([
      { file: CAMPAIGN, message: 'title: title must be text: put it in quotes. Found: 42.' },
    ]);
  });

  it('measures dates in the future against the day it is given', () => {
    project = catalogueProject();
    const file = 'content/sources/mau-student-blog-2020.yaml';
    project.write(file, project.read(file).replace(/^published: .*$/m, 'published: 2020-03'));
    const messages = (today: string) =>
      checkContent(project!.root, { today: new Date(today) })
        .problems.filter((p) => p.file === file)
        .map((p) => p.message);
    // A month-precise date is in the future only until its first day.
    expect(messages('2020-03-01')).toEqual([]);
    expect(messages('2020-02-29')).toEqual([
      'published: 2020-03 is in the future. Fix: give the date the source was published, as it shows it.',
    ]);
  });

  it('refuses an award dated after the year it is given, and a target whose result was taken away', () => {
    project = catalogueProject();
    const file = 'content/campaigns/fixture-alpha.mdx';
    project.write(file, project.read(file).replace('    year: 2022\n', '    year: 2027\n'));
    const messages = (today: string) =>
      checkContent(project!.root, { today: new Date(today) })
        .problems.filter((p) => p.file === file)
        .map((p) => p.message);
    expect(messages('2027-01-01')).toEqual([]);
    expect(messages('2026-12-31')).toEqual([
      'awards[0].year: 2027 is in the future. Fix: give the year of the award show, as the awards body gives it.',
    ]);
    // The views its target stands beside, gone: the target has no result left.
    project.write(file, project.read(file).replace(/^ {2}- \{ kind: views, .*\n/m, ''));
    expect(messages('2027-01-01')).toEqual([
      'targets[0]: no result of kind "views" with scope type "campaign" in metrics, so the target has nothing to stand beside. Fix: add the reported result with its source to metrics, or describe the aim in the prose.',
    ]);
  });

  it('formats paths as they read in YAML', () => {
    expect(formatPath(['metrics', 2, 'source'])).toBe('metrics[2].source');
  });
});
