/**
 * What `npm run new` writes: a case-study skeleton that is valid apart from its placeholders,
 * so the content checker's only complaints are the places the contributor still has to fill.
 */
import { placeholder } from './placeholders.ts';

export interface ScaffoldInput {
  title: string;
  /** With or without the leading #; empty for a campaign without a hashtag. */
  hashtag: string;
  organisation: string;
  cause: string;
  /** The year written as a stand-in launch date (valid, but flagged by its placeholder). */
  year: number;
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

/** The skeleton of content/campaigns/<slug>.mdx. */
export function skeleton(input: ScaffoldInput): string {
  const tag = input.hashtag.trim() ? normaliseHashtag(input.hashtag) : undefined;
  // Each placeholder is a comment on a line of its own, below its field: the content checker
  // refuses a comment after a value (src/lib/content/yaml-rules.ts), and names a placeholder by the field above it.
  const todo = (what: string) => `\n# ${placeholder(what)}`;
  return `---
title: ${JSON.stringify(input.title.trim())}
hashtags: [${tag ? JSON.stringify(tag) : ''}]${tag ? '' : todo('the campaign hashtags, main one first, or delete this comment if it had none')}
summary: ${JSON.stringify(placeholder('one sentence of at most 280 characters: what the campaign was and what came of it'))}
organisations:
  - { id: ${input.organisation}, role: lead }${todo('add every other organisation with its role: lead, partner, platform, agency or funder')}
causes: [${input.cause}]
mechanics: []${todo('how it worked, ids from content/mechanics/ such as hashtag-challenge or creator-partnerships')}
launched: ${input.year}${todo('the launch date as precisely as a source gives it: YYYY-MM-DD, YYYY-MM or YYYY')}
countries: []${todo('the countries sources name, as codes such as FR or BR, or delete this comment')}
languages: []${todo('the languages sources name, as codes such as en or pt-BR, or delete this comment')}
objectives: []${todo('what the organisers said they aimed for, only if a source states it, like - { id: awareness, text: In your own words., source: source-id, passage: "the words of the source that state it" }; ids from content/objectives/; leave empty if no source says')}
metrics: []${todo('one line per figure per source, like - { kind: views, value: 1000000, qualifier: over, scope: { type: campaign, detail: views of the campaign videos }, wording: "more than a million views", asOf: 2024-05-01, source: source-id }')}
targets: []${todo('figures the organisers aimed for, only if a source states them and metrics has a result of the same kind and scope type, like - { kind: videos, value: 5000, qualifier: rounded, scope: { type: campaign }, source: source-id, passage: "the words of the source" }; or delete this comment')}
resources: []${todo('the budget or team a source states, never an estimate, like - { kind: budget, value: 100000, currency: EUR, qualifier: rounded, source: source-id, passage: "the words of the source" }; or delete this comment')}
awards: []${todo('awards and shortlists, each cited to the awards body’s own page, a source of kind award-entry, like - { show: cannes-lions, year: 2021, category: "Social & Influencer", level: silver, source: source-id, passage: "the words of the page" }; or delete this comment')}
quotations: []${todo('short quotations, like - { text: The exact words., speaker: Name, role: Job, source: source-id }')}
lessons: []${todo('what others can learn, like - { theme: speed, text: In your own words., source: source-id, passage: "the words of the source it rests on" }')}
sources: []${todo('ids of the other sources you used; add each to content/sources/ first, see CONTRIBUTING.md')}
# safeguarding: for a campaign aimed at children, say how minors were protected or what to watch out for.
---

## Context

${placeholder('in your own words: the situation before the campaign and why TikTok; cite each fact with `<Cite id="source-id" passage="the words of the source it rests on" />`')}

## What they did

${placeholder('what the campaign asked people to do, who made it, and when it ran')}

## Results

<Results />

${placeholder('what the figures mean and where sources disagree; never retype a figure here')}

## Reception

${placeholder('how the press, the sector and the audience received it')}

<Quotations />

## Lessons

<Lessons />
`;
}
