/** The pieces of the converter: reading an issue body, refusing unsafe text, and what the workflow says back. */
import { describe, expect, it } from 'vitest';
import { answerItems, issueSections, tickedBoxes } from '../../../../src/lib/content/from-issue/issue-body.ts';
import { formYaml, idsInAnswer, optionOf } from '../../../../src/lib/content/from-issue/form.ts';
import * as yaml from 'js-yaml';
import { unsafeTextProblems } from '../../../../src/lib/content/from-issue/untrusted-text.ts';
import { checkMessages, plain, proposalComment, proposalPullRequestBody, type ProposalSummary } from '../../../../src/lib/content/from-issue/comment.ts';
import { formatProblems } from '../../../../src/lib/content/check.node.ts';

describe('issueSections', () => {
  it('reads each ### heading and its answer, with _No response_ as empty and CRLF as LF', () => {
    const { answers, repeated } = issueSections('### Title\r\n\r\n#Fixture\r\n\r\n### Hashtags\r\n\r\n_No response_\r\n\r\n### Sources\r\n\r\na\r\nb\r\n');
    expect([...answers]).toEqual([
      ['Title', '#Fixture'],
      ['Hashtags', ''],
      ['Sources', 'a\nb'],
    ]);
    expect(repeated).toEqual([]);
  });

  it('keeps the first of a repeated heading, and says it was repeated', () => {
    const { answers, repeated } = issueSections('### Title\n\nfirst\n\n### Title\n\nsecond\n');
    expect(answers.get('Title')).toBe('first');
    expect(repeated).toEqual(['Title']);
  });
});

describe('answers', () => {
  it('reads ticked boxes, dropdown ids and comma or space separated items', () => {
    expect(tickedBoxes('- [X] One.\n- [ ] Two.\n- [x] Three.')).toEqual(['One.', 'Three.']);
    expect(idsInAnswer('Devdiscourse (ANI) and more')).toEqual([]);
    expect(answerItems('FR, BR  KE')).toEqual(['FR', 'BR', 'KE']);
  });
});

describe('the form', () => {
  const choices = {
    organisations: [{ id: 'matthew-25-ministries', name: 'Matthew 25: Ministries' }],
    causes: [
      { id: 'refugees', name: 'Refugees' },
      { id: 'hunger-and-rural-youth', name: 'Hunger, and rural youth' },
    ],
    mechanics: [{ id: 'quiz', name: 'Quiz' }],
  };
  const form = yaml.load(formYaml(choices)) as { body: { id?: string; attributes: { options?: string[]; multiple?: boolean } }[] };
  const field = (id: string) => form.body.find((e) => e.id === id)!.attributes;

  it('offers the choices it is given, by name with the id, causes and mechanics as multiple choices', () => {
    expect(field('causes')).toMatchObject({ multiple: true, options: ['Refugees (refugees)', 'Hunger, and rural youth (hunger-and-rural-youth)'] });
    expect(field('mechanics')).toMatchObject({ multiple: true, options: ['Quiz (quiz)'] });
    expect(field('lead').multiple).toBe(false);
  });

  it('reads back the ids of the options GitHub joins with commas, whatever the names hold', () => {
    expect(idsInAnswer(field('causes').options!.join(', '))).toEqual(['refugees', 'hunger-and-rural-youth']);
    expect(idsInAnswer(optionOf(choices.organisations[0]!))).toEqual(['matthew-25-ministries']);
  });
});

describe('unsafeTextProblems', () => {
  it('passes plain text, hashtags, quotation marks and punctuation', () => {
    expect(unsafeTextProblems('#ForClimate ran in 2021: "more than" a week, and 50% of people — it said — liked it!')).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<img src=x onerror=alert(1)>', 'HTML or JSX tag'],
    ['{process.exit(1)}', 'curly bracket'],
    ['run `ls`', 'backtick'],
    ['$(touch /tmp/x)', 'a shell runs'],
    ['${HOME}', 'a shell runs'],
    ['import x from "y"', 'import or export'],
    ['export const a = 1', 'import or export'],
    ['[click](https://example.org)', 'Markdown link'],
    ['![image](https://example.org/a.png)', 'Markdown link or image'],
    ['javascript:alert(1)', 'javascript:'],
    ['&lt;script&gt;', 'character reference'],
    ['a \\{ b', 'backslash'],
    ['## A heading', 'Markdown formatting'],
    ['---', 'Markdown formatting'],
    ['a\u202etxt', 'invisible control character'],
  ])('refuses %s', (text, what) => {
    const problems = unsafeTextProblems(text);
    expect(problems.some((p) => p.includes(what)), problems.join(' / ')).toBe(true);
    for (const p of problems) expect(p).toMatch(/^contains .+\. Fix: .+\.$/);
  });
});

const drafted: ProposalSummary = {
  ok: true,
  issue: 42,
  slug: 'fixture',
  title: '#Fixture',
  branch: 'propose/issue-42',
  files: ['content/campaigns/fixture.mdx'],
  reusedSources: [],
  problems: [],
};

describe('the workflow says back', () => {
  it('shows a proposer\'s text without formatting, links, tags or mentions', () => {
    expect(plain('<b>x</b> [a](b) @maintainer `c`')).toBe('&lt;b&gt;x&lt;/b&gt; \\[a\\]\\(b\\) @&#8203;maintainer \\`c\\`');
  });

  it('reads the problems npm run check printed', () => {
    const output = `> check\n${formatProblems([
      { file: 'content/campaigns/a.mdx', message: 'summary: too long. Fix: shorten it.' },
      { file: 'content/sources/b.yaml', message: 'url: not https. Fix: use https.' },
    ])}\nnpm error code 1\n`;
    expect(checkMessages(output)).toEqual([
      { file: 'content/campaigns/a.mdx', message: 'summary: too long. Fix: shorten it.' },
      { file: 'content/sources/b.yaml', message: 'url: not https. Fix: use https.' },
    ]);
    expect(checkMessages('Content check passed: 10 entries.')).toEqual([]);
  });

  it('on a refused proposal, lists each field and fix, and labels it needs sources', () => {
    const comment = proposalComment(
      { ok: false, issue: 42, files: [], reusedSources: [], problems: [{ field: 'Launch date', message: '"2021-13" is not a real date. Fix: write YYYY-MM.' }] },
      undefined,
      undefined,
    );
    expect(comment.body).toContain('- **Launch date**: "2021\\-13" is not a real date. Fix: write YYYY\\-MM.');
    expect(comment.body).toContain('nothing was written');
    expect(comment).toMatchObject({ add: ['needs sources'], remove: ['draft', 'drafted'] });
  });

  it('on a draft, links the pull request, gives the check\'s messages and the next steps, and labels it drafted', () => {
    const check = { status: 1, output: formatProblems([{ file: 'content/campaigns/fixture.mdx', message: 'body: is empty. Fix: write it.' }]) };
    const comment = proposalComment(drafted, check, 'https://github.com/o/r/pull/7');
    expect(comment.body).toContain('It is now a draft pull request: https://github.com/o/r/pull/7');
    expect(comment.body).toContain('found 1 thing to fix in the draft:\n\n- content/campaigns/fixture.mdx: body: is empty. Fix: write it.');
    expect(comment.body).toContain('**What happens next**');
    expect(comment).toMatchObject({ add: ['drafted'], remove: ['draft', 'needs sources'] });
    expect(proposalComment(drafted, { status: 0, output: '' }, 'https://github.com/o/r/pull/7').body).toContain('passed');
  });

  it('sets no drafted label when the pull request could not be opened', () => {
    const comment = proposalComment(drafted, { status: 0, output: '' }, undefined);
    expect(comment.add).toEqual([]);
    expect(comment.body).toContain('the pull request could not be opened');
  });

  it('writes a pull request description that closes the issue', () => {
    expect(proposalPullRequestBody(drafted)).toContain('Closes #42');
  });
});
