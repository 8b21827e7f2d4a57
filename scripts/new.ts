/**
 * `npm run new`: writes content/campaigns/<slug>.mdx, a case-study skeleton whose
 * placeholders the content check refuses until they are filled in.
 *
 *   npm run new -- --title "#ForClimate" --hashtag ForClimate --organisation unicef --cause climate-action
 *
 * --organisation, --cause, --mechanic and --country may be repeated; every value is kept, in
 * order, once. In a terminal, it asks for whatever required flag is missing and offers the
 * existing organisations and causes (answer with the id or the number). The skeleton is a draft
 * (`draft: true`) until its independent check. With --from-issue it reads a proposal filed through
 * the issue form instead, and writes the case study and its sources (src/lib/content/from-issue/).
 * It never overwrites a file, and writes nothing when anything is wrong.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import * as yaml from 'js-yaml';
import { flagValues, normaliseHashtag, pickCountry, pickId, skeleton, slugify, type IdFlag } from '../src/lib/content/scaffold.ts';
import type { Choice } from '../src/lib/content/from-issue/form.ts';
import { convertProposal } from '../src/lib/content/from-issue/convert.ts';
import { knownContent } from '../src/lib/content/from-issue/known.node.ts';
import { proposalSummary } from '../src/lib/content/from-issue/comment.ts';
import { parseCli, usageError } from './cli.ts';

const root = process.cwd();
const USAGE = `Usage: npm run new -- --title "…" [--hashtag "#…"] --organisation <id>… --cause <id>… [--mechanic <id>…]
                          [--country <code>…] [--slug <slug>]
       npm run new -- --from-issue <file> [--issue <number>] [--summary <file.json>]

Writes content/campaigns/<slug>.mdx, a case-study skeleton with TODO placeholders that the
content check refuses until they are filled in, marked draft: true until its independent check.
In a terminal it asks for any missing flag. It never overwrites a file. The flags marked
"repeatable" may be given more than once: every value is kept, in order, once.

  --title          the case study's title, usually the campaign's name
  --hashtag        the campaign's main hashtag
  --organisation   id of a lead organisation (a file in content/organisations/); repeatable
  --cause          id of a cause (a file in content/causes/); repeatable
  --mechanic       id of a mechanic (a file in content/mechanics/); repeatable
  --country        a country's code, such as FR or BR; repeatable
  --slug           the file name and URL (default: made from the title)
  --from-issue     a proposal's issue body (the Markdown GitHub writes from the "Propose a case
                   study" form): writes the case study and its sources, or lists every problem,
                   each with its form field and fix, and writes nothing
  --issue          the proposal's issue number, for the summary
  --summary        where to write what happened as JSON (the proposal workflow's comment reads it)
  --help           this text`;

const { values } = parseCli(USAGE, {
  title: { type: 'string' },
  hashtag: { type: 'string' },
  organisation: { type: 'string', multiple: true },
  cause: { type: 'string', multiple: true },
  mechanic: { type: 'string', multiple: true },
  country: { type: 'string', multiple: true },
  slug: { type: 'string' },
  'from-issue': { type: 'string' },
  issue: { type: 'string' },
  summary: { type: 'string' },
});

/** The entries of a collection, id and name, sorted by id. */
function choices(collection: 'organisations' | 'causes' | 'mechanics'): Choice[] {
  const dir = join(root, 'content', collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const entry = yaml.load(readFileSync(join(dir, f), 'utf8')) as { name?: unknown } | null;
      return { id: f.slice(0, -5), name: typeof entry?.name === 'string' ? entry.name : '' };
    });
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

/**
 * Writes new files, all or none: it refuses when any exists, and removes what it wrote if a
 * later write fails. Both ways in write through it.
 */
function writeNew(files: readonly { path: string; text: string }[]): void {
  const existing = files.filter((f) => existsSync(join(root, f.path)));
  if (existing.length)
    fail(`${existing.map((f) => f.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written.`);
  const written: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(join(root, file.path)), { recursive: true });
      writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
      written.push(file.path);
    }
  } catch (error) {
    for (const path of written) rmSync(join(root, path));
    throw error;
  }
}

/** --from-issue: converts a proposal, writes its files or none, and its summary. */
function fromIssue(bodyFile: string): never {
  if (values.issue !== undefined && !/^\d+$/.test(values.issue)) usageError(USAGE, `--issue must be a number, not "${values.issue}"`);
  if (!existsSync(bodyFile)) usageError(USAGE, `--from-issue: there is no file ${bodyFile}`);
  const result = convertProposal(readFileSync(bodyFile, 'utf8'), knownContent(root), new Date());
  if (result.ok) writeNew(result.files);
  const summary = proposalSummary(result, values.issue === undefined ? undefined : Number(values.issue));
  if (values.summary) writeFileSync(values.summary, `${JSON.stringify(summary, null, 2)}\n`);
  if (!result.ok)
    fail(
      `The proposal cannot be drafted yet; nothing was written:\n${result.problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n')}`,
    );
  console.log(
    `Wrote ${summary.files.join(', ')}.\nNext: npm run check, then a maintainer's review (CONTRIBUTING.md, "No git? Use the form").`,
  );
  process.exit(0);
}

if (values['from-issue'] !== undefined) fromIssue(values['from-issue']);

const options: Record<IdFlag, Choice[]> = {
  organisation: choices('organisations'),
  cause: choices('causes'),
  mechanic: choices('mechanics'),
};
// Every value of every repeatable flag, checked before anything is asked or written.
const given = {
  organisation: flagValues('organisation', values.organisation, (v) => pickId(v, options.organisation, 'organisation')),
  cause: flagValues('cause', values.cause, (v) => pickId(v, options.cause, 'cause')),
  mechanic: flagValues('mechanic', values.mechanic, (v) => pickId(v, options.mechanic, 'mechanic')),
  country: flagValues('country', values.country, pickCountry),
};
const flagErrors = Object.values(given).flatMap((g) => g.errors);
if (flagErrors.length) fail(`Nothing was written:\n${flagErrors.map((e) => `  - ${e}`).join('\n')}`);
const interactive = process.stdin.isTTY && process.stdout.isTTY;
const missing = (['title', 'organisation', 'cause'] as const).filter((k) => values[k] === undefined);
if (missing.length && !interactive) fail(`Missing ${missing.map((k) => `--${k}`).join(', ')}.\n\n${USAGE}`);

const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(question: string, check: (answer: string) => string | { error: string }): Promise<string> {
  for (;;) {
    const result = check(await rl!.question(question));
    if (typeof result === 'string') return result;
    console.log(result.error);
  }
}
const list = (options: Choice[]) => options.map((o, i) => `  ${String(i + 1).padStart(2)}. ${o.id} (${o.name})`).join('\n');
const nonEmpty = (answer: string) => (answer.trim() ? answer.trim() : { error: 'Please type something.' });

try {
  const title = values.title ?? (await ask('Title of the case study (usually the campaign name): ', nonEmpty));
  const hashtag =
    values.hashtag ??
    (rl
      ? await ask('Main hashtag (empty if none): ', (a) =>
          !a.trim() || normaliseHashtag(a) ? a.trim() : { error: 'A hashtag has only letters, digits and _.' },
        )
      : '');
  if (hashtag && !normaliseHashtag(hashtag))
    fail(`--hashtag "${hashtag}" is not a hashtag: use letters, digits and _ only, like #ForClimate.`);
  // What the flags gave, or one answer to a question in a terminal.
  const resolve = async (flag: 'organisation' | 'cause') => {
    if (given[flag].values.length) return given[flag].values;
    console.log(`\nThe ${flag}s we have:\n${list(options[flag])}`);
    return [await ask(`Main ${flag} (id or number): `, (a) => pickId(a, options[flag], flag))];
  };
  const organisations = await resolve('organisation');
  const causes = await resolve('cause');
  const slug = values.slug ?? slugify(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    fail(`Cannot make a file name from "${title}". Pass one with --slug, like --slug for-climate.`);
  const file = join('content', 'campaigns', `${slug}.mdx`);
  if (existsSync(join(root, file))) fail(`${file} already exists; nothing was written. Choose another title, or pass --slug.`);
  writeNew([
    {
      path: file,
      text: skeleton({
        title,
        hashtag,
        organisations,
        causes,
        mechanics: given.mechanic.values,
        countries: given.country.values,
        year: new Date().getUTCFullYear(),
      }),
    },
  ]);
  console.log(
    `Wrote ${file}. It is a draft (draft: true) until its independent check.\nFill in every TODO(…), then run npm run check: it lists what is left. CONTRIBUTING.md explains each field.`,
  );
} catch (error) {
  // Ctrl+C or Ctrl+D at a question.
  if ((error as { code?: string }).code === 'ABORT_ERR') fail('\nCancelled; nothing was written.');
  throw error;
} finally {
  rl?.close();
}
