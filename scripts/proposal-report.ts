/**
 * `npm run proposal-report`: what the proposal workflow (.github/workflows/propose.yml) says
 * about a proposal, from the summary `npm run new -- --from-issue` wrote: the draft pull
 * request's description, or the comment on the issue with the labels to set. It reads files
 * and writes files only, so no text of the issue ever passes through a shell.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { proposalComment, proposalPullRequestBody, type ProposalSummary } from '../src/lib/content/from-issue/comment.ts';
import { parseCli, usageError } from './cli.ts';

const USAGE = `Usage: npm run proposal-report -- --summary <summary.json> --pull-request-body <out.md>
       npm run proposal-report -- --summary <summary.json> [--check <output.txt> --check-status <file>]
                                  [--pull-request <url>] --comment <out.json>

--pull-request-body writes the draft pull request's description. --comment writes
{ "body", "add", "remove" }: the comment on the issue and the status labels to add and remove.

  --summary            the summary npm run new -- --from-issue wrote
  --check              what npm run check printed
  --check-status       a file holding npm run check's exit code
  --pull-request       the draft pull request's address, once opened
  --help               this text`;

const { values } = parseCli(USAGE, {
  summary: { type: 'string' },
  'pull-request-body': { type: 'string' },
  comment: { type: 'string' },
  check: { type: 'string' },
  'check-status': { type: 'string' },
  'pull-request': { type: 'string' },
});

if (!values.summary) usageError(USAGE, 'give --summary');
const summary = JSON.parse(readFileSync(values.summary, 'utf8')) as ProposalSummary;
if (values['pull-request-body']) writeFileSync(values['pull-request-body'], `${proposalPullRequestBody(summary)}\n`);
if (values.comment) {
  const read = (file: string | undefined) => (file && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const output = read(values.check);
  const status = read(values['check-status']);
  const check = output === undefined || status === undefined ? undefined : { output, status: Number(status.trim()) };
  const url = values['pull-request'] && /^https:\/\/\S+$/.test(values['pull-request']) ? values['pull-request'] : undefined;
  writeFileSync(values.comment, `${JSON.stringify(proposalComment(summary, check, url))}\n`);
}
if (!values['pull-request-body'] && !values.comment) usageError(USAGE, 'give --pull-request-body or --comment');
