/**
 * What the proposal workflow says: the summary `npm run new -- --from-issue` writes, the
 * comment on the issue (the link, the check's messages, what happens next) with the status
 * labels to set, and the draft pull request's description. Text a proposer typed appears only
 * escaped, so it cannot format, link or mention anyone.
 */
import type { Conversion, FieldProblem } from './convert.ts';

/** The status labels of a proposal, in the order a proposal passes through them. */
export const STATUS_LABELS = {
  needsSources: 'needs sources',
  drafted: 'drafted',
  inReview: 'in review',
  published: 'published',
  declined: 'declined',
} as const;

/** The label a maintainer adds to have a proposal drafted. */
export const DRAFT_LABEL = 'draft';

/** The branch of a proposal's pull request. */
export const proposalBranch = (issue: number) => `propose/issue-${issue}`;

export interface ProposalSummary {
  ok: boolean;
  issue?: number | undefined;
  slug?: string | undefined;
  title?: string | undefined;
  branch?: string | undefined;
  /** The files written, relative to the project root. */
  files: string[];
  /** Sources content/ already had, cited by id rather than written again. */
  reusedSources: string[];
  problems: FieldProblem[];
}

export function proposalSummary(result: Conversion, issue?: number): ProposalSummary {
  const base = { issue, branch: issue === undefined ? undefined : proposalBranch(issue) };
  return result.ok
    ? { ...base, ok: true, slug: result.slug, title: result.title, files: result.files.map((f) => f.path), reusedSources: result.reusedSources, problems: [] }
    : { ...base, ok: false, files: [], reusedSources: [], problems: result.problems };
}

/** Text shown as typed: no formatting, link, tag or @mention survives. */
export function plain(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+!|~-])/g, '\\$1')
    .replace(/@/g, '@&#8203;');
}

/** The problems `npm run check` printed (src/lib/content/check.node.ts, formatProblems), by file. */
export function checkMessages(output: string): { file: string; message: string }[] {
  const start = output.indexOf('Content check failed');
  if (start === -1) return [];
  const found: { file: string; message: string }[] = [];
  let file = '';
  for (const line of output.slice(start).split('\n').slice(1)) {
    const item = /^ {2}- (.*)$/.exec(line);
    if (item) found.push({ file, message: item[1]! });
    else if (/^\S/.test(line)) {
      if (!/^content\//.test(line)) break;
      file = line.trim();
    }
  }
  return found;
}

export interface CheckRun {
  /** The exit code of `npm run check`. */
  status: number;
  output: string;
}

const NEXT_STEPS = [
  "A maintainer reads the draft and tries every figure, date and headline against its page, and adds what the form cannot hold: a citation with the source's own words for each fact in the text, quotations and lessons.",
  'A second person, who did not write it, checks it against its sources; the check is recorded (`npm run record-check`).',
  'The pull request is then marked ready for review (label `in review`): that starts its checks and its preview, whose link appears on the pull request. Merging it publishes the case study (label `published`).',
];

/** The comment on the issue, and the labels to add and remove. */
export function proposalComment(
  summary: ProposalSummary,
  check: CheckRun | undefined,
  pullRequestUrl: string | undefined,
): { body: string; add: string[]; remove: string[] } {
  const remove = [DRAFT_LABEL];
  if (!summary.ok) {
    return {
      body: [
        'Thank you for the proposal. It cannot become a draft case study yet; nothing was written. Please edit the issue (the ··· menu, then Edit) and fix:',
        '',
        ...summary.problems.map((p) => `- **${plain(p.field)}**: ${plain(p.message)}`),
        '',
        'A maintainer then adds the `draft` label again.',
      ].join('\n'),
      add: [STATUS_LABELS.needsSources],
      remove: [...remove, STATUS_LABELS.drafted],
    };
  }
  const messages = check ? checkMessages(check.output) : [];
  const checkText =
    check === undefined
      ? ['The check (`npm run check`) did not run; a maintainer will look at the workflow log.']
      : check.status === 0
        ? ['The check (`npm run check`) passed: the files are valid.']
        : messages.length
          ? [
              `The check (\`npm run check\`) found ${messages.length} thing${messages.length === 1 ? '' : 's'} to fix in the draft:`,
              '',
              ...messages.map((m) => `- ${plain(m.file)}: ${plain(m.message)}`),
            ]
          : ['The type check (`npm run check:types`) failed, not the content: a maintainer will look at the workflow log.'];
  return {
    body: [
      `Thank you for the proposal. ${pullRequestUrl ? `It is now a draft pull request: ${pullRequestUrl}` : 'Its files were written, but the pull request could not be opened: a maintainer will look at the workflow log.'}`,
      '',
      `It adds ${summary.files.map((f) => `\`${f}\``).join(', ')}${summary.reusedSources.length ? `, and cites sources we already had: ${summary.reusedSources.map((s) => `\`${s}\``).join(', ')}` : ''}.`,
      '',
      ...checkText,
      '',
      '**What happens next**',
      '',
      ...NEXT_STEPS.map((step, i) => `${i + 1}. ${step}`),
      '',
      'The labels on this issue show where it stands.',
    ].join('\n'),
    add: pullRequestUrl ? [STATUS_LABELS.drafted] : [],
    remove: [...remove, STATUS_LABELS.needsSources],
  };
}

/** The draft pull request's description. */
export function proposalPullRequestBody(summary: ProposalSummary): string {
  return [
    `Drafted from the proposal in #${summary.issue} by the proposal workflow (\`npm run new -- --from-issue\`). Merging it closes the issue.`,
    '',
    `Closes #${summary.issue}`,
    '',
    '## Before it is ready for review',
    '',
    '- [ ] Every figure, date and headline tried against its page.',
    "- [ ] Each fact in the text cited with `<Cite id=\"…\" passage=\"…\" />`, the source's own words.",
    '- [ ] Quotations and lessons added where the sources have them.',
    '- [ ] Checked by a second person, and the check recorded (`npm run record-check`).',
    '',
    'Marking it ready for review starts its checks and its preview; the preview link then appears in a comment here.',
  ].join('\n');
}
