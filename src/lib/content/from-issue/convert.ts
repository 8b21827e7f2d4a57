/**
 * `npm run new -- --from-issue`: a proposal filed through the issue form, turned into the draft
 * the scaffolder writes (src/lib/content/scaffold.ts). Pure: it reads the body and what content/
 * holds, and returns either every file to write or every problem, each naming the form's field
 * and the fix; never some of each, so nothing half-valid is written. It runs nothing.
 */
import * as yaml from 'js-yaml';
import { campaignSchema } from '../../../schemas/campaign.ts';
import { parsePartialDate } from '../../../schemas/dates.ts';
import { countryName, languageName } from '../../../schemas/locale.ts';
import { sourceSchema } from '../../../schemas/taxonomy.ts';
import {
  ATTRIBUTIONS,
  METRIC_KINDS,
  MONEY_KINDS,
  ORGANISATION_ROLES,
  QUALIFIERS,
  SCOPES,
  SOURCE_KINDS,
  oneOf,
  type MetricKind,
  type OrganisationRole,
} from '../../../schemas/vocabulary.ts';
import { closest } from '../../model/references.ts';
import { formatPath, splitFrontmatter } from '../frontmatter.ts';
import { checkMdxBody } from '../mdx-safety.ts';
import { figuresIn } from '../numbers.ts';
import { placeholderProblems } from '../placeholders.ts';
import { caseStudyFile, normaliseHashtag, slugify, sourceFile, type DraftMetric, type DraftSource } from '../scaffold.ts';
import { yamlFindings } from '../yaml-rules.ts';
import { FIELDS, NOT_LISTED, PART_SEPARATOR, PROMISES, SOURCE_LINE_EXAMPLE, FIGURE_LINE_EXAMPLE, idsInAnswer, type Choice, type FieldKey } from './form.ts';
import { answerItems, answerLines, issueSections, tickedBoxes } from './issue-body.ts';
import { unsafeTextProblems } from './untrusted-text.ts';

/** What content/ holds, as far as a proposal can refer to it. */
export interface KnownContent {
  organisations: readonly Choice[];
  causes: readonly Choice[];
  mechanics: readonly Choice[];
  sources: readonly { id: string; url: string }[];
  /** Each case study's slug and hashtags. */
  campaigns: readonly { id: string; hashtags: readonly string[] }[];
}

/** One thing to fix in the proposal: the form's field (its label) and what to do. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ProposalFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

export type Conversion =
  | { ok: true; slug: string; title: string; files: ProposalFile[]; reusedSources: string[] }
  | { ok: false; problems: FieldProblem[] };

const REQUIRED: readonly FieldKey[] = ['title', 'summary', 'lead', 'causes', 'launched', 'whatTheyDid', 'sources'];
const MAX_SUMMARY = 280;
const MAX_WORDING = 200;

/** Collects the problems of one proposal, each under its field's label. */
class Problems {
  readonly list: FieldProblem[] = [];
  add(field: FieldKey, message: string) {
    this.list.push({ field: FIELDS[field], message });
  }
  /** Refuses unsafe text; true when the text is plain. */
  plain(field: FieldKey, text: string, where = ''): boolean {
    const found = unsafeTextProblems(text);
    for (const problem of found) this.add(field, `${where}${problem}`);
    return !found.length;
  }
}

/** An id from a list of choices, or a problem naming the nearest one. */
function knownId(problems: Problems, field: FieldKey, id: string, choices: readonly Choice[], where = ''): boolean {
  if (choices.some((c) => c.id === id)) return true;
  const near = closest(
    id,
    choices.map((c) => c.id),
  );
  problems.add(field, `${where}"${id}" is not one we have.${near ? ` Did you mean "${near}"?` : ''} Fix: choose one from the form's list.`);
  return false;
}

/** A date typed into the form: real, and not after today. */
function dateOf(problems: Problems, field: FieldKey, raw: string, today: Date, where = ''): string | undefined {
  const date = parsePartialDate(raw);
  if (!date || !/^\d{4}(?:-\d{2}){0,2}$/.test(raw)) {
    problems.add(field, `${where}"${raw}" is not a real date. Fix: write YYYY-MM-DD, YYYY-MM or YYYY, such as 2021-04-22 or 2021-04.`);
    return undefined;
  }
  if (date.start.getTime() > today.getTime()) {
    problems.add(field, `${where}${raw} is in the future. Fix: give the date as the source reports it.`);
    return undefined;
  }
  return date.iso;
}

/** Paragraphs of a prose answer: blank lines part them, single line breaks join. */
function paragraphs(problems: Problems, field: FieldKey, answer: string): string[] {
  if (!answer || !problems.plain(field, answer)) return [];
  const figures = figuresIn(answer);
  if (figures.length)
    problems.add(
      field,
      `states ${figures.map((n) => n.toLocaleString('en')).join(', ')}. Fix: leave figures out of the text and put each under Figures, with the source's own words.`,
    );
  return answer
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** The parts of a `a | b | c` line, trimmed. */
const partsOf = (line: string) => line.split(PART_SEPARATOR).map((p) => p.trim());

interface ParsedSource extends DraftSource {
  line: number;
}

function parseSources(problems: Problems, answer: string, today: Date): ParsedSource[] {
  return answerLines(answer).flatMap((line, index) => {
    const where = `line ${index + 1}: `;
    const parts = partsOf(line);
    if (parts.length !== 5 && parts.length !== 7) {
      problems.add(
        'sources',
        `${where}has ${parts.length} part${parts.length === 1 ? '' : 's'}, but a source has five (address | publisher | date | who published it | headline), or seven with a headline not in English (… | language | the headline in English). Fix: write it like ${SOURCE_LINE_EXAMPLE}`,
      );
      return [];
    }
    const [url = '', publisher = '', date = '', kind = '', title = '', language = 'en', titleTranslation] = parts;
    const before = problems.list.length;
    if (!/^https:\/\/[^\s/]+\.[^\s/]+/.test(url) || !URL.canParse(url))
      problems.add('sources', `${where}"${url}" is not an https:// address. Fix: copy the page's address from the browser; it must start with https:// (most sites have one).`);
    for (const [what, text] of [
      ['the publisher', publisher],
      ['the headline', title],
      ['the headline in English', titleTranslation ?? 'x'],
    ] as const) {
      if (!text) problems.add('sources', `${where}${what} is empty. Fix: give it as the page shows it.`);
      else problems.plain('sources', text, `${where}${what} `);
    }
    const published = /^(?:undated)?$/i.test(date) ? undefined : dateOf(problems, 'sources', date, today, where);
    if (!(SOURCE_KINDS as readonly string[]).includes(kind))
      problems.add('sources', `${where}"${kind}" does not say who published it. Fix: write one of ${oneOf(SOURCE_KINDS)} ("press" for an independent outlet, "organiser" for a campaign organisation's own page).`);
    if (parts.length === 7 && (language === 'en' || !languageName(language)))
      problems.add('sources', `${where}"${language}" is not the code of a language other than English. Fix: write a code such as fr, es or pt-BR, or leave out the last two parts for a headline in English.`);
    if (problems.list.length > before) return [];
    return [{ line: index + 1, url, publisher, published, kind, title, language, titleTranslation }];
  });
}

function parseFigures(problems: Problems, answer: string, sourceUrls: readonly string[]): (Omit<DraftMetric, 'source'> & { url: string })[] {
  return answerLines(answer).flatMap((line, index) => {
    const where = `line ${index + 1}: `;
    const parts = partsOf(line);
    if (parts.length !== 6 && parts.length !== 7) {
      problems.add(
        'figures',
        `${where}has ${parts.length} part${parts.length === 1 ? '' : 's'}, but a figure has six (what is counted | number | precision | what it counts | source address | the source's words), and a seventh for whose figure it is. Fix: write it like ${FIGURE_LINE_EXAMPLE}`,
      );
      return [];
    }
    const [kind = '', amount = '', qualifier = '', scope = '', url = '', wording = '', attributedTo] = parts;
    const before = problems.list.length;
    const vocabulary = (value: string, values: readonly string[], what: string) => {
      if (!values.includes(value)) problems.add('figures', `${where}"${value}" is not ${what}. Fix: write one of ${oneOf(values)}.`);
    };
    vocabulary(kind, METRIC_KINDS, 'something we count');
    vocabulary(qualifier, QUALIFIERS, 'a precision');
    vocabulary(scope, SCOPES, 'what a figure counts');
    if (attributedTo !== undefined) vocabulary(attributedTo, ATTRIBUTIONS, 'whose figure it is');
    const money = MONEY_KINDS.includes(kind as MetricKind);
    const number = /^(\d+(?:\.\d+)?)(?:\s+([A-Z]{3}))?$/.exec(amount);
    if (!number) problems.add('figures', `${where}"${amount}" is not a number written in full. Fix: write the digits only, such as 12000000 (no commas, no "million")${money ? ', then the currency, such as 100000 USD' : ''}.`);
    else if (money !== (number[2] !== undefined))
      problems.add('figures', money ? `${where}${kind} is money. Fix: add its currency after the number, such as ${number[1]} USD.` : `${where}only money (donations or pledged) takes a currency. Fix: write the number alone.`);
    if (!sourceUrls.includes(url)) problems.add('figures', `${where}"${url}" is not one of the sources. Fix: add it under Sources, or copy the address of one of them exactly.`);
    if (!wording) problems.add('figures', `${where}the source's words are empty. Fix: copy the words that state the figure, exactly.`);
    else if (problems.plain('figures', wording, `${where}the source's words `)) {
      if (wording.length > MAX_WORDING) problems.add('figures', `${where}the source's words are longer than ${MAX_WORDING} characters. Fix: keep only the words that state the figure.`);
      if (number && !figuresIn(wording).includes(Number(number[1])))
        problems.add('figures', `${where}the source's words ("${wording}") do not state ${number[1]}. Fix: give the number exactly as the words state it, never rounded, or copy the words that state it.`);
    }
    if (problems.list.length > before || !number) return [];
    return [{ kind, value: Number(number[1]), currency: number[2], qualifier, scope, wording, url, attributedTo }];
  });
}

/** A source id not yet taken: publisher, campaign and date, as the existing ids are made. */
function sourceId(source: ParsedSource, slug: string, taken: Set<string>): string {
  const base = [slugify(source.publisher) || 'source', slug.replace(/-/g, ''), source.published ?? ''].filter(Boolean).join('-');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Where a problem the schemas find in a written file comes from, in the form. */
const FIELD_OF_KEY: Record<string, FieldKey> = {
  title: 'title',
  hashtags: 'hashtags',
  summary: 'summary',
  organisations: 'organisations',
  causes: 'causes',
  mechanics: 'mechanics',
  launched: 'launched',
  countries: 'countries',
  languages: 'languages',
  metrics: 'figures',
  sources: 'sources',
};

/**
 * The same checks the content checker makes, run on the files about to be written: a proposal
 * whose files the checker would refuse for their form is refused here, before anything is written.
 */
function writtenFileProblems(problems: Problems, files: readonly ProposalFile[]) {
  for (const file of files) {
    const split = file.path.endsWith('.mdx') ? splitFrontmatter(file.text) : { frontmatter: file.text, body: undefined, bodyStartLine: 0 };
    const field: FieldKey = file.path.endsWith('.mdx') ? 'title' : 'sources';
    const found = [
      ...yamlFindings(split?.frontmatter ?? '', 2).map((f) => `${formatPath(f.path)}: ${f.message}`),
      ...placeholderProblems(file.path, file.text).map((p) => p.message),
      ...(split?.body === undefined ? [] : checkMdxBody(split.body, split.bodyStartLine).messages),
    ];
    const schema = file.path.endsWith('.mdx') ? campaignSchema : sourceSchema;
    const result = schema.safeParse(yaml.load(split?.frontmatter ?? ''));
    for (const issue of result.error?.issues ?? []) {
      const [key, index, ...rest] = issue.path;
      // A figure's problem names its line of the form, as the form's own checks do.
      const where =
        key === 'metrics' && typeof index === 'number' ? `line ${index + 1}: ${formatPath(rest)}` : `${file.path}: ${formatPath(issue.path)}`;
      problems.add(file.path.endsWith('.mdx') ? (FIELD_OF_KEY[String(key)] ?? field) : 'sources', `${where}: ${issue.message}.`);
    }
    for (const message of found) problems.add(field, `${file.path}: ${message}`);
  }
}

/** Turns an issue body into the files of a new case study, or says everything that stops it. */
export function convertProposal(body: string, known: KnownContent, today: Date): Conversion {
  const problems = new Problems();
  const { answers, repeated } = issueSections(body);
  for (const label of repeated) problems.list.push({ field: label, message: 'appears twice in the issue. Fix: edit the issue so that each heading appears once.' });
  const answer = (key: FieldKey) => answers.get(FIELDS[key]) ?? '';
  for (const key of REQUIRED)
    if (!answer(key))
      problems.add(key, answers.has(FIELDS[key]) ? 'is empty. Fix: fill it in; it is required.' : 'is missing from the issue. Fix: file the proposal with the "Propose a case study" form, or add this heading and its answer.');

  const ticked = tickedBoxes(answer('promises'));
  for (const promise of PROMISES) if (!ticked.includes(promise)) problems.add('promises', `"${promise}" is not ticked. Fix: tick it once it is true.`);

  const title = answer('title');
  const slug = slugify(title);
  if (title && problems.plain('title', title)) {
    if (title.includes('\n')) problems.add('title', 'runs over more than one line. Fix: write the title on one line.');
    else if (!slug) problems.add('title', `"${title}" has no letter or digit to make a page address from. Fix: add the campaign's name in letters.`);
    else if (known.campaigns.some((c) => c.id === slug))
      problems.add('title', `a case study content/campaigns/${slug}.mdx already exists. Fix: if it is the same campaign, report what to add to it instead; otherwise give a title that tells the two apart.`);
  }

  const hashtags = answerItems(answer('hashtags')).flatMap((raw) => {
    const tag = normaliseHashtag(raw);
    if (!tag) {
      problems.add('hashtags', `"${raw}" is not a hashtag. Fix: use letters, digits and _ only, like #ForClimate, and separate hashtags with spaces.`);
      return [];
    }
    const owner = known.campaigns.find((c) => c.hashtags.some((h) => h.toLowerCase() === tag.toLowerCase()));
    if (owner) problems.add('hashtags', `${tag} is already the hashtag of content/campaigns/${owner.id}.mdx. Fix: if it is the same campaign, report what to add to it instead.`);
    return [tag];
  });

  const summary = answer('summary').replace(/\s*\n\s*/g, ' ');
  if (summary && problems.plain('summary', summary)) {
    if (summary.length > MAX_SUMMARY) problems.add('summary', `has ${summary.length} characters. Fix: shorten it to one sentence of at most ${MAX_SUMMARY}.`);
    if (!/[.!?]["”’)]?$/.test(summary)) problems.add('summary', 'does not end with a full stop. Fix: write it as one whole sentence.');
  }

  const organisations: { id: string; role: OrganisationRole }[] = [];
  const leadAnswer = answer('lead');
  if (leadAnswer === NOT_LISTED)
    problems.add('lead', 'is not one we have yet. Fix: say who it is under "Anything else"; a maintainer adds it to content/organisations/ and then drafts the proposal.');
  else if (leadAnswer) {
    const [lead] = idsInAnswer(leadAnswer);
    if (lead === undefined) problems.add('lead', `"${leadAnswer}" is not one of the form's choices. Fix: choose one from the list.`);
    else if (knownId(problems, 'lead', lead, known.organisations)) organisations.push({ id: lead, role: 'lead' });
  }
  answerLines(answer('organisations')).forEach((line, index) => {
    const where = `line ${index + 1}: `;
    const [id = '', role = '', ...rest] = partsOf(line);
    if (rest.length || !role) {
      problems.add('organisations', `${where}"${line}" is not an id and a role. Fix: write one organisation a line, like tiktok | platform.`);
      return;
    }
    const roleOk = (ORGANISATION_ROLES as readonly string[]).includes(role);
    if (!roleOk) problems.add('organisations', `${where}"${role}" is not a role. Fix: write one of ${oneOf(ORGANISATION_ROLES)}.`);
    if (!knownId(problems, 'organisations', id, known.organisations, where) || !roleOk) return;
    if (organisations.some((o) => o.id === id)) problems.add('organisations', `${where}"${id}" is named twice. Fix: name each organisation once.`);
    else organisations.push({ id, role: role as OrganisationRole });
  });

  const choicesOf = (key: 'causes' | 'mechanics') => {
    const text = answer(key);
    const ids = idsInAnswer(text);
    if (text && !ids.length) problems.add(key, `"${text}" is not one of the form's choices. Fix: choose from the list.`);
    // Each once, in the order given, as npm run new keeps a repeated flag's values.
    return [...new Set(ids)].filter((id) => knownId(problems, key, id, known[key]));
  };
  const causes = choicesOf('causes');
  const mechanics = choicesOf('mechanics');

  const launched = answer('launched') ? dateOf(problems, 'launched', answer('launched'), today) : undefined;

  const codes = (key: 'countries' | 'languages', valid: (code: string) => boolean, example: string) =>
    [...new Set(answerItems(answer(key)))].filter((code) => {
      if (valid(code)) return true;
      const fixed = key === 'countries' ? code.toUpperCase() : code;
      problems.add(
        key,
        valid(fixed) && fixed !== code ? `"${code}" is written in lower case. Fix: write ${fixed}.` : `"${code}" is not a code we know. Fix: write codes such as ${example}, separated by commas.`,
      );
      return false;
    });
  const countries = codes('countries', (c) => countryName(c) !== undefined, 'FR, BR or KE');
  const languages = codes('languages', (c) => languageName(c) !== undefined, 'en, fr or pt-BR');

  const context = paragraphs(problems, 'context', answer('context'));
  const whatTheyDid = paragraphs(problems, 'whatTheyDid', answer('whatTheyDid'));

  const sources = parseSources(problems, answer('sources'), today);
  sources.forEach((s, i) => {
    const first = sources.findIndex((o) => o.url === s.url);
    if (first < i) problems.add('sources', `line ${s.line}: repeats the address of line ${sources[first]!.line}. Fix: list each source once.`);
  });
  // Every address typed under Sources, refused or not: a figure is not blamed for its source's problem.
  const figures = parseFigures(
    problems,
    answer('figures'),
    answerLines(answer('sources')).map((line) => partsOf(line)[0] ?? ''),
  );

  if (problems.list.length) return { ok: false, problems: problems.list };

  // Ids for the sources: an address content/sources/ already has keeps its id, and no file is written for it.
  const taken = new Set(known.sources.map((s) => s.id));
  const reused = new Map(sources.flatMap((s) => known.sources.filter((k) => k.url === s.url).map((k) => [s.url, k.id] as const)));
  const fresh = sources.filter((s) => !reused.has(s.url));
  const ids = new Map([...reused, ...fresh.map((s) => [s.url, sourceId(s, slug, taken)] as const)]);
  const metrics = figures.map(({ url, ...metric }) => ({ ...metric, source: ids.get(url)! }));
  const citedByFigures = new Set(metrics.map((m) => m.source));

  const caseStudy = caseStudyFile({
    title,
    hashtags,
    summary,
    organisations,
    causes,
    mechanics,
    launched: launched!,
    countries,
    languages,
    metrics,
    sources: [...ids.values()].filter((id) => !citedByFigures.has(id)),
    todo: {},
    body: [
      ...(context.length ? [{ heading: 'Context', parts: context }] : []),
      { heading: 'What they did', parts: whatTheyDid },
      { heading: 'Results', parts: ['<Results />'] },
    ],
  });
  const files: ProposalFile[] = [
    { path: `content/campaigns/${slug}.mdx`, text: caseStudy },
    ...fresh.map((s) => ({ path: `content/sources/${ids.get(s.url)!}.yaml`, text: sourceFile(s) })),
  ];
  writtenFileProblems(problems, files);
  if (problems.list.length) return { ok: false, problems: problems.list };
  return { ok: true, slug, title, files, reusedSources: [...reused.values()] };
}
