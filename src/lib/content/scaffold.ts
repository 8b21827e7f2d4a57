/**
 * What `npm run new` writes. Both of its ways in, the questions in a terminal and an issue form
 * (`--from-issue`), describe a case study as a draft; `caseStudyFile` writes every draft, so
 * the two cannot drift. A field the draft leaves to the contributor gets a placeholder that the
 * content checker refuses, and nothing else does. Every draft is written with `draft: true`: a
 * new case study is not published before its independent check.
 */
import type { OrganisationRole } from '../../schemas/vocabulary.ts';
import { countryName } from '../../schemas/locale.ts';
import { closest } from '../model/references.ts';
import type { Choice } from './from-issue/form.ts';
import { placeholder } from './placeholders.ts';

export interface ScaffoldInput {
  title: string;
  /** With or without the leading #; empty for a campaign without a hashtag. */
  hashtag: string;
  /** The lead organisations' ids, in the order given; at least one. */
  organisations: readonly string[];
  /** The causes' ids, in the order given; at least one. */
  causes: readonly string[];
  /** The mechanics' ids; none leaves a placeholder. */
  mechanics?: readonly string[] | undefined;
  /** Country codes; none leaves a placeholder. */
  countries?: readonly string[] | undefined;
  /** The year written as a stand-in launch date (valid, but flagged by its placeholder). */
  year: number;
}

/** A figure of the draft, as a metric of the frontmatter writes it. */
export interface DraftMetric {
  kind: string;
  value: number;
  qualifier: string;
  scope: string;
  currency?: string | undefined;
  wording: string;
  source: string;
  /** Whose figure it is, when the source passes on someone else's. */
  attributedTo?: string | undefined;
}

/** The frontmatter fields that can carry a placeholder below them. */
type TodoField =
  | 'hashtags'
  | 'organisations'
  | 'mechanics'
  | 'launched'
  | 'countries'
  | 'languages'
  | 'objectives'
  | 'metrics'
  | 'targets'
  | 'resources'
  | 'awards'
  | 'quotations'
  | 'lessons'
  | 'sources';

/** A case study as `npm run new` knows it before writing; strings are written as given (and quoted). */
export interface CaseStudyDraft {
  title: string;
  hashtags: readonly string[];
  /** Undefined: a placeholder stands in the field. */
  summary?: string | undefined;
  organisations: readonly { id: string; role: OrganisationRole }[];
  causes: readonly string[];
  mechanics: readonly string[];
  /** `YYYY-MM-DD`, `YYYY-MM` or a year. */
  launched: string | number;
  countries: readonly string[];
  languages: readonly string[];
  metrics: readonly DraftMetric[];
  sources: readonly string[];
  /** What is still to write below a field, each a placeholder on a line of its own. */
  todo: Partial<Record<TodoField, string>>;
  /** The body's sections in order, each a heading and its paragraphs (text, placeholders or components). */
  body: readonly { heading: string; parts: readonly string[] }[];
}

/** The collections `npm run new` takes ids from, by the flag that names them. */
export const ID_FLAGS = {
  organisation: { folder: 'organisations', what: 'an organisation' },
  cause: { folder: 'causes', what: 'a cause' },
  mechanic: { folder: 'mechanics', what: 'a mechanic' },
} as const;
export type IdFlag = keyof typeof ID_FLAGS;

/**
 * The id an answer names: an id of `options`, or its number in the list `npm run new` shows.
 * Otherwise an error saying what the answer is not, the nearest id, and the fix.
 */
export function pickId(answer: string, options: readonly Choice[], flag: IdFlag): string | { error: string } {
  const trimmed = answer.trim();
  const byNumber = /^\d+$/.test(trimmed) ? options[Number(trimmed) - 1] : undefined;
  if (byNumber) return byNumber.id;
  if (options.some((o) => o.id === trimmed)) return trimmed;
  const { folder, what } = ID_FLAGS[flag];
  const near = closest(
    trimmed,
    options.map((o) => o.id),
  );
  return {
    error:
      `"${trimmed}" is not ${what} in content/${folder}/.${near ? ` Did you mean "${near}"?` : ''} ` +
      `Fix: give the id of a file in content/${folder}/ (npm run new without --${flag} lists them), ` +
      `or add the new one first (CONTRIBUTING.md, "Adding a source, organisation, cause, mechanic or theme").`,
  };
}

/** A country code as the case study writes it (FR, BR), or an error with the fix. */
export function pickCountry(answer: string): string | { error: string } {
  const code = answer.trim();
  if (countryName(code)) return code;
  if (countryName(code.toUpperCase())) return { error: `"${code}" is written in lower case. Fix: write ${code.toUpperCase()}.` };
  return { error: `"${code}" is not an ISO 3166-1 alpha-2 country code. Fix: write two capital letters, such as FR, BR or KE.` };
}

/**
 * The values of a repeatable flag (`--cause a --cause b`), each read by `pick`: all of them, in
 * the order given, each once. An unknown value is an error that names the flag, the value and the
 * fix; every one is reported, not only the first.
 */
export function flagValues(
  flag: string,
  values: readonly string[] | undefined,
  pick: (value: string) => string | { error: string },
): { values: string[]; errors: string[] } {
  const picked: string[] = [];
  const errors: string[] = [];
  for (const value of values ?? []) {
    const result = pick(value);
    if (typeof result !== 'string') errors.push(`--${flag} ${result.error}`);
    else if (!picked.includes(result)) picked.push(result);
  }
  return { values: picked, errors };
}

/** A file name for a title: "#ForClimate Week" → "for-climate-week". */
export function slugify(title: string): string {
  return title
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1-$2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "ForClimate" or "#ForClimate" → "#ForClimate"; undefined when it cannot be a hashtag. */
export function normaliseHashtag(raw: string): string | undefined {
  const tag = raw.trim().replace(/^#?/, '#');
  return /^#[\p{L}\p{N}_]+$/u.test(tag) ? tag : undefined;
}

const quote = (text: string) => JSON.stringify(text);
const flowList = (items: readonly string[], quoted = false) => `[${items.map((i) => (quoted ? quote(i) : i)).join(', ')}]`;

/** A list written one entry a line, or `[]` on the key's line when empty. */
function blockList(key: string, lines: readonly string[]): string {
  return lines.length ? `${key}:\n${lines.map((l) => `  - ${l}`).join('\n')}` : `${key}: []`;
}

const metricLine = (m: DraftMetric) =>
  `{ kind: ${m.kind}, value: ${m.value}, qualifier: ${m.qualifier}${m.currency ? `, currency: ${m.currency}` : ''}, scope: { type: ${m.scope} }, wording: ${quote(m.wording)}, source: ${m.source}${m.attributedTo ? `, attributedTo: ${m.attributedTo}` : ''} }`;

/** content/campaigns/<slug>.mdx for a draft. */
export function caseStudyFile(draft: CaseStudyDraft): string {
  // Each placeholder is a comment on a line of its own, below its field: the content checker
  // refuses a comment after a value (src/lib/content/yaml-rules.ts), and names a placeholder by the field above it.
  const field = (key: TodoField, line: string) => `${line}${draft.todo[key] ? `\n# ${placeholder(draft.todo[key])}` : ''}`;
  const summary = draft.summary ?? placeholder('one sentence of at most 280 characters: what the campaign was and what came of it');
  const frontmatter = [
    `title: ${quote(draft.title.trim())}`,
    field('hashtags', `hashtags: ${flowList(draft.hashtags, true)}`),
    `summary: ${quote(summary)}`,
    field('organisations', blockList('organisations', draft.organisations.map((o) => `{ id: ${o.id}, role: ${o.role} }`))),
    `causes: ${flowList(draft.causes)}`,
    field('mechanics', `mechanics: ${flowList(draft.mechanics)}`),
    field('launched', `launched: ${draft.launched}`),
    field('countries', `countries: ${flowList(draft.countries)}`),
    field('languages', `languages: ${flowList(draft.languages)}`),
    field('objectives', 'objectives: []'),
    field('metrics', blockList('metrics', draft.metrics.map(metricLine))),
    field('targets', 'targets: []'),
    field('resources', 'resources: []'),
    field('awards', 'awards: []'),
    field('quotations', 'quotations: []'),
    field('lessons', 'lessons: []'),
    field('sources', `sources: ${flowList(draft.sources)}`),
    '# safeguarding: for a campaign aimed at children, say how minors were protected or what to watch out for.',
    // A new case study is not published before a second person has checked it (CONTRIBUTING.md).
    'draft: true',
    '# Delete draft: true once the independent check is done and its findings are fixed, then run npm run record-check.',
  ];
  const body = draft.body.map((s) => `## ${s.heading}\n\n${s.parts.join('\n\n')}\n`).join('\n');
  return `---\n${frontmatter.join('\n')}\n---\n\n${body}`;
}

/** The draft of the questions in a terminal: what was answered, and a placeholder for everything else. */
export function answersDraft(input: ScaffoldInput): CaseStudyDraft {
  const tag = input.hashtag.trim() ? normaliseHashtag(input.hashtag) : undefined;
  return {
    title: input.title,
    hashtags: tag ? [tag] : [],
    organisations: input.organisations.map((id) => ({ id, role: 'lead' as const })),
    causes: input.causes,
    mechanics: input.mechanics ?? [],
    launched: input.year,
    countries: input.countries ?? [],
    languages: [],
    metrics: [],
    sources: [],
    todo: {
      ...(tag ? {} : { hashtags: 'the campaign hashtags, main one first, or delete this comment if it had none' }),
      organisations: 'add every other organisation with its role: lead, partner, platform, agency or funder',
      ...(input.mechanics?.length
        ? {}
        : { mechanics: 'how it worked, ids from content/mechanics/ such as hashtag-challenge or creator-partnerships' }),
      launched: 'the launch date as precisely as a source gives it: YYYY-MM-DD, YYYY-MM or YYYY',
      ...(input.countries?.length ? {} : { countries: 'the countries sources name, as codes such as FR or BR, or delete this comment' }),
      languages: 'the languages sources name, as codes such as en or pt-BR, or delete this comment',
      objectives:
        'what the organisers said they aimed for, only if a source states it, like - { id: awareness, text: In your own words., source: source-id, passage: "the words of the source that state it" }; ids from content/objectives/; leave empty if no source says',
      metrics:
        'one line per figure per source, like - { kind: views, value: 1000000, qualifier: over, scope: { type: campaign, detail: views of the campaign videos }, wording: "more than a million views", asOf: 2024-05-01, source: source-id }',
      targets:
        'figures the organisers aimed for, only if a source states them and metrics has a result of the same kind and scope type, like - { kind: videos, value: 5000, qualifier: rounded, scope: { type: campaign }, source: source-id, passage: "the words of the source" }; or delete this comment',
      resources: 'the budget or team a source states, never an estimate, like - { kind: budget, value: 100000, currency: EUR, qualifier: rounded, source: source-id, passage: "the words of the source" }; or delete this comment',
      awards:
        'awards and shortlists, each cited to the awards body’s own page, a source of kind award-entry, like - { show: cannes-lions, year: 2021, category: "Social & Influencer", level: silver, source: source-id, passage: "the words of the page" }; or delete this comment',
      quotations: 'short quotations, like - { text: The exact words., speaker: Name, role: Job, source: source-id }',
      lessons:
        'what others can learn, like - { theme: speed, text: In your own words., source: source-id, passage: "the words of the source it rests on" }',
      sources: 'ids of the other sources you used; add each to content/sources/ first, see CONTRIBUTING.md',
    },
    body: [
      {
        heading: 'Context',
        parts: [
          placeholder(
            'in your own words: the situation before the campaign and why TikTok; cite each fact with `<Cite id="source-id" passage="the words of the source it rests on" />`',
          ),
        ],
      },
      { heading: 'What they did', parts: [placeholder('what the campaign asked people to do, who made it, and when it ran')] },
      { heading: 'Results', parts: ['<Results />', placeholder('what the figures mean and where sources disagree; never retype a figure here')] },
      { heading: 'Reception', parts: [placeholder('how the press, the sector and the audience received it'), '<Quotations />'] },
      { heading: 'Lessons', parts: ['<Lessons />'] },
    ],
  };
}

/** The skeleton of content/campaigns/<slug>.mdx that the questions in a terminal write. */
export const skeleton = (input: ScaffoldInput): string => caseStudyFile(answersDraft(input));

/** A source of the draft, as content/sources/<id>.yaml holds it. */
export interface DraftSource {
  title: string;
  titleTranslation?: string | undefined;
  publisher: string;
  published?: string | undefined;
  url: string;
  kind: string;
  language: string;
}

/** content/sources/<id>.yaml for a source; every text quoted, so YAML reads it as written. */
export function sourceFile(source: DraftSource): string {
  return [
    `title: ${quote(source.title)}`,
    ...(source.titleTranslation ? [`titleTranslation: ${quote(source.titleTranslation)}`] : []),
    `publisher: ${quote(source.publisher)}`,
    ...(source.published ? [`published: ${source.published}`] : []),
    `url: ${quote(source.url)}`,
    `kind: ${source.kind}`,
    `language: ${source.language}`,
    '',
  ].join('\n');
}
