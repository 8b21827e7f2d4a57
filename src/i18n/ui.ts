/**
 * Every string of the interface, in one module, so that a translation is a new object here
 * rather than a hunt through components. Keys are named after the page or component that shows
 * them (Starlight's translations/en.json does the same); browser scripts never import this
 * module, but get the strings they need through data attributes. Content is not translated here.
 */
import {
  ATTRIBUTION_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_SHOW_LABELS,
  METRIC_KIND_LABELS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_ROLE_LABELS,
  PART_LABELS,
  PLATFORM_LABELS,
  QUALIFIER_LABELS,
  RESOURCE_KIND_LABELS,
  SCOPE_LABELS,
  type Attribution,
  type MetricKind,
  type PartType,
  type Platform,
  type Qualifier,
  type Scope,
  type SourceKind,
  SOURCE_FORMAT_LABELS,
  SOURCE_KIND_LABELS,
} from '../schemas/vocabulary.ts';
import type { Region } from '../lib/model/regions.ts';
import { SITE } from '../site.config.ts';
import type { TermKind } from '../lib/search/vocabulary.ts';
import type { LabelFacts, Provenance, Reporters } from '../lib/figures/evidence.ts';
import type { CountName } from '../data/counts.ts';
import type { ColumnType } from '../lib/open-data/fields.ts';
import { partText } from '../lib/figures/metrics.ts';
import { listNames } from '../lib/figures/citation.ts';
import { awardLine } from '../lib/model/awards.ts';

const caseStudies = (n: number | string) => `${n} case ${n === 1 ? 'study' : 'studies'}`;
const sourceCount = (n: number) => `${n} source${n === 1 ? '' : 's'}`;
const reportedBy = 'reported by';
/** A number as prose writes it: 1,234. */
const grouped = (n: number) => n.toLocaleString('en');
/** What a check found, as the end of a sentence. */
const found = (defects: number) =>
  defects === 0 ? 'no defects found' : `${defects} ${defects === 1 ? 'defect' : 'defects'} found and fixed`;

/** A column's or chart's name: the kind, then the scope when it is not the campaign's own, then the currency. */
const compareColumnTitle = (kind: string, scope?: string, currency?: string) =>
  [kind, scope && `(${scope.toLowerCase()})`, currency && `(${currency})`].filter(Boolean).join(' ');

/** What a whole figure counts, at the start of its label. */
const SCOPE_WORDS: Record<Scope, string> = {
  campaign: 'Campaign total',
  hashtag: 'Whole hashtag',
  channel: 'Own account',
  platform: 'Platform-wide',
  event: 'Event',
};
/** What a partial figure is part of: "Part of the campaign: one video". */
const SCOPE_NOUNS: Record<Scope, string> = {
  campaign: 'the campaign',
  hashtag: 'the hashtag',
  channel: 'the account',
  platform: 'the platform',
  event: 'the event',
};
/** How precise a figure is, where the label says it in its own words. */
const PRECISION_WORDS: Partial<Record<Qualifier, string>> = { exact: 'exact count', rounded: 'rounded' };
/** Qualifiers that are the source's own words ("about 5 million"): a label quotes them. */
const WORDINGS: Partial<Record<Qualifier, string>> = { about: '“about”', over: '“more than”', 'up-to': '“up to”' };
const worded = (precision: readonly Qualifier[]) => precision.flatMap((q) => WORDINGS[q] ?? []);
/** The interested parties behind a self-reported figure, as a sentence names them. */
const PARTIES: Partial<Record<SourceKind, string>> = {
  organiser: 'the organisers',
  platform: 'TikTok',
  agency: 'their agency',
  'award-entry': 'an award entry',
};
const reportedByWhom = ({ provenance, parties }: Reporters) =>
  provenance === 'independent'
    ? `${reportedBy} an independent source`
    : provenance === 'other'
      ? `${reportedBy} other sources`
      : `${reportedBy} ${listNames(parties.flatMap((p) => PARTIES[p] ?? []))}`;
const countedOn = (platform: Platform) => `counted on ${PLATFORM_LABELS[platform]}`;
const doubted = 'doubted';
/** A source's kind inside a sentence: lower case, except a name ("TikTok", never "tiktok"). */
const SOURCE_KIND_IN_TEXT: Record<SourceKind, string> = {
  organiser: 'organiser',
  platform: 'TikTok',
  agency: 'agency',
  'award-entry': 'award entry',
  press: 'independent press',
  academic: 'academic',
  other: 'other',
};

export const ui = {
  /** The site's name and strap line, in the header, the feeds and the social cards. */
  site: {
    name: SITE.name,
    tagline: 'How NGOs, UN agencies and charities ran social-cause campaigns on TikTok, and what came of them.',
    skipLink: 'Skip to content',
  },
  /** Counted nouns, wherever a number of them is shown. */
  counts: {
    sources: sourceCount,
    caseStudies,
    lessons: (n: number) => `${n} ${n === 1 ? 'lesson' : 'lessons'}`,
  },
  nav: {
    label: 'Main',
    campaigns: 'Campaigns',
    causes: 'Causes',
    organisations: 'Organisations',
    playbook: 'Playbook',
    compare: 'Compare',
  },
  footer: {
    label: 'Site',
    about: 'About',
    methodology: 'Methodology',
    contribute: 'Contribute',
    data: 'Data',
    corrections: 'Corrections',
    rss: 'RSS',
    note: 'Every figure links to its source.',
    /** Before the link to the repository's new-issue forms. */
    errorPrompt: 'Found an error?',
    tellUs: 'Tell us',
    /** Before the content licence, which links to its deed: "Text and data CC BY 4.0". */
    licence: 'Text and data',
  },
  /** The search box in the site header. */
  searchBox: {
    label: 'Search case studies',
    placeholder: 'e.g. climate',
    submit: 'Search',
    /** In the box's place without JavaScript, which full-text search needs. */
    browse: 'Browse by cause, organisation or year',
  },
  /** /search/: the explorer with a search box first, and browse links for readers without JavaScript. */
  searchPage: {
    title: 'Search case studies',
    intro: 'Search by cause, organisation, hashtag or any word, then narrow the results by filter.',
    needsJs:
      'Full-text search needs JavaScript, which is off or unavailable in your browser. You can still browse every case study by cause, organisation, mechanic or year below.',
    unavailable: 'Search is unavailable: the search index could not be loaded.',
    devHint: 'In development the index comes from the last build: run `npm run build` once, then reload this page.',
    browseCauses: 'Causes',
    browseOrganisations: 'Organisations',
    browseMechanics: 'Mechanics',
  },
  home: {
    title: 'Learn from social-cause campaigns on TikTok',
    intro:
      'Case studies of campaigns by NGOs, UN agencies and charities on TikTok: what they did, what the sources report came of it, and what others can learn. Every figure carries its source.',
    latest: 'Newest case studies',
    allCampaigns: (n: number) => `All ${n} case studies, to search and filter`,
    browseCauses: 'Browse by cause',
    browseOrganisations: 'Browse by organisation',
    browseMechanics: 'Browse by mechanic',
    browseObjectives: 'Browse by objective',
  },
  /** A case study's page: the facts panel, results and sections. */
  caseStudy: {
    facts: 'Facts',
    /** The closed facts panel's invitation to open it, on a phone, and to close it again. */
    factsShow: 'Show',
    factsHide: 'Hide',
    /** The links to the page's sections, under its summary. */
    contents: 'On this page',
    organisations: 'Organisations',
    causes: 'Causes',
    mechanics: 'Mechanics',
    dates: 'Dates',
    countries: 'Countries named',
    languages: 'Languages',
    figures: 'Figures',
    results: 'Results',
    sources: 'Sources',
    lessons: 'Lessons',
    safeguarding: 'Safeguarding',
    noFigures: 'No figures were found in public sources for this campaign.',
    reportedBy,
    asOf: 'as of',
    sourcesDisagree: (figures: number, sources: number) => `Sources disagree: ${figures} figures from ${sources} sources`,
    showAll: 'Show every figure with its source',
    figureHeaders: { figure: 'Figure', value: 'Value', source: 'Source' },
    /** A figure's name in the results, as the compare page names its column: "Views", "Views (whole hashtag)". */
    figureTitle: (kind: MetricKind, scope: Scope) =>
      compareColumnTitle(METRIC_KIND_LABELS[kind], scope === 'campaign' ? undefined : SCOPE_LABELS[scope]),
    launched: 'Launched',
    ended: 'Ended',
    undated: 'undated',
    /** A source's named authors, after its publisher in the source list. */
    byAuthors: (names: string) => `by ${names}`,
    passages: (n: number) => `The words cited from it (${n})`,
    /** After a headline in another language: its English. */
    titleTranslation: (text: string) => ` (in English: ${text})`,
    yearLink: (y: number) => `All case studies from ${y}`,
    /** What the organisers said they aimed for, and the line in its place when no source says. */
    objectives: 'Objectives',
    noObjectives: 'The sources do not state what the organisers aimed for.',
    awards: 'Awards',
    /** A team's size: "12 people". */
    teamSize: (n: string) => `${n} ${n === '1' ? 'person' : 'people'}`,
    /** An award in one line: "Cannes Lions 2021: Silver, Social & Influencer". */
    award: awardLine,
    /** The entry's own name, when the awards body lists it under another. */
    awardEntry: (name: string) => `as “${name}”`,
    /** Beside a result: the target of the same kind and scope, then the result, each with its sources. Never a verdict. */
    target: 'Target:',
    reported: 'Reported:',
  },
  /** Scope, precision and provenance of figures, and a case study's evidence grade. */
  evidence: {
    /** A figure's label, as a reader would say it: "Campaign total, rounded · reported by the organisers". */
    label: (f: LabelFacts) =>
      [
        [
          f.part ? `Part of ${SCOPE_NOUNS[f.scope]}: ${partText(f.part, PART_LABELS)}` : SCOPE_WORDS[f.scope],
          ...(f.platform === 'tiktok' ? [] : [countedOn(f.platform)]),
          ...f.precision.flatMap((q) => PRECISION_WORDS[q] ?? []),
          ...(worded(f.precision).length ? [`given as ${listNames(worded(f.precision), 'or')}`] : []),
          ...(f.doubted ? [doubted] : []),
        ].join(', '),
        reportedByWhom(f.reporters),
      ].join(' · '),
    /** Who reports a figure, on its own: "reported by an independent source". */
    reportedBy: reportedByWhom,
    /** Each provenance in a few words, for the drift chart's legend of shapes. */
    provenance: {
      independent: 'independent source',
      'self-reported': 'organisers, TikTok, agency or award entry',
      other: 'other source',
    },
    /** Read before a label by a screen reader, which does not see the pill it sits in. */
    labelName: 'Figure label',
    /** The note every label opens (one per page): what each part of a label means, and where the methodology says more. */
    help: {
      heading: 'How to read a figure’s label',
      counts:
        'A label says what the figure counts (a “whole hashtag” is everyone’s videos under it), how precise its source is, and who reports it.',
      independent: `“${reportedByWhom({ provenance: 'independent', parties: [] })}”: the press or researchers give the figure as their own.`,
      interested:
        '“the organisers”, “TikTok”, “their agency” or “an award entry”: only parties with a stake in the campaign’s success give it. Such labels have a dashed border.',
      other: `“other sources”: neither of these, such as a blog. “${doubted}”: this case study doubts the figure, and says why beside its source.`,
      more: 'Every term, in the methodology',
      close: 'Close',
    },
    /** Beside a figure counted elsewhere than on TikTok: "counted on Instagram". */
    countedOn,
    /** Beside a figure the case study doubts; its note follows in the sources column. */
    doubted,
    doubtNote: 'Doubted by this case study:',
    /**
     * Who a claim's source is, and whose figure it says it passes on: "independent press" or
     * "independent press, figure attributed to TikTok".
     */
    claimSourceKind: (kind: SourceKind, attributedTo?: Attribution) =>
      [SOURCE_KIND_IN_TEXT[kind], ...(attributedTo ? [`figure attributed to ${ATTRIBUTION_LABELS[attributedTo]}`] : [])].join(', '),
    asWorded: 'in the source’s words:',
    cite: 'Cite this figure',
    driftHeading: (figure: string) => `${figure}: reported values by publication date`,
    driftNote:
      'Each mark is one source’s figure, placed at the date it gives (or its publication date). Shape shows who reported it; its number is its row in the table.',
    /** Under a drift chart whose values span a hundredfold or more. */
    driftLogScale: 'Logarithmic scale: each line is ten times the one below.',
    driftTable: 'The same values as a table',
    driftHeaders: { date: 'Date', value: 'Value', source: 'Source', provenance: 'Who reports it' },
    grade: 'Evidence',
    independentShare: (n: number, total: number) => `${n} of ${total} figure${total === 1 ? '' : 's'} with an independent source`,
    undatedSources: (n: number) => (n === 0 ? 'every source dated' : `${n} undated source${n === 1 ? '' : 's'}`),
    spread: (kind: string, low: string, high: string, ratio: string) =>
      `widest spread: ${kind.toLowerCase()}, ${low} to ${high} (${ratio}×)`,
    /** A source's `archived` field: a snapshot of the page that someone pinned. */
    archived: 'archived copy',
    /** Without one, the Wayback Machine's list of captures of the address, which may be empty: a search, not a copy. */
    archiveLookup: 'search the Internet Archive for copies',
  },
  /**
   * /methodology/: the page's own prose is content/pages/methodology.mdx; these are the parts the
   * code writes into it. Each term is named in the words a figure's label uses, so a reader can
   * find what a label says, and its definition is written once here, for every value of its
   * vocabulary (the `Record` types refuse a value without one).
   */
  methodology: {
    /** <Count of="…" />: a number of the catalogue, with its noun where the sentence needs one. */
    count: {
      'case-studies': caseStudies,
      sources: sourceCount,
      'english-sources': grouped,
      'platform-sources': grouped,
      figures: (n: number) => `${grouped(n)} figure${n === 1 ? '' : 's'}`,
      'self-reported-figures': grouped,
      'independent-figures': grouped,
      'platform-figures': grouped,
      'checked-current': grouped,
      'checked-changed': grouped,
      unchecked: grouped,
      corrections: (n: number) => `${grouped(n)} correction${n === 1 ? '' : 's'}`,
    } satisfies Record<CountName, (n: number) => string>,
    /** What a figure counts: the label's first words. */
    scope: {
      campaign:
        'The campaign’s own result, as its source counts it: the videos, views, participants or money the campaign itself brought in.',
      hashtag:
        'Everything posted under the hashtag, by anyone, for as long as it has been used. It is often far more than the campaign made, and is never taken as its result.',
      channel: 'An organisation’s own TikTok account: its followers, or the views of its own videos.',
      platform: 'The whole of TikTok, or one of its features everywhere, such as every donation made with a sticker.',
      event: 'One live or one-off event, such as a live stream or a concert, counted on its own.',
    } satisfies Record<Scope, string>,
    scopeTerm: (scope: Scope) => SCOPE_WORDS[scope],
    /** A part of a scope: the label says “Part of the campaign: one video”. */
    part: {
      'one-video': 'A count of one video, such as a creator’s, not of everything the campaign made.',
      'one-post': 'A count of one photo or text post, or of one post on another platform.',
      'one-live': 'A count of one live session.',
      period: 'A count of a window of time, such as the first hours or one day, which the label names in the source’s words.',
    } satisfies Record<PartType, string>,
    partTerm: (part: PartType) =>
      `Part of ${SCOPE_NOUNS.campaign}: ${part === 'period' ? 'a period, such as “one day”' : PART_LABELS[part]}`,
    /** Where a figure was counted: the label says so unless it is TikTok. */
    platform: {
      tiktok: 'Counted on TikTok. A label names no platform for a TikTok figure, which is most of them.',
      instagram: 'Counted on Instagram, not TikTok.',
      youtube: 'Counted on YouTube, not TikTok.',
      facebook: 'Counted on Facebook, not TikTok.',
      all: 'Counted on several platforms together, TikTok among them, with no TikTok figure of its own.',
    } satisfies Record<Platform, string>,
    platformTerm: (platform: Platform) => (platform === 'tiktok' ? 'TikTok (no platform named)' : countedOn(platform)),
    /** How precise a figure is, as its source words it. */
    precision: {
      exact: 'The source gives the number digit by digit, such as 1,234,567.',
      rounded: 'The source gives a round headline number, such as “230 million”.',
      about: 'The source says “about”, “around” or “nearly”: the true number may be higher or lower.',
      over: 'The source says “more than”, “over” or “at least”: the number is a floor.',
      'up-to': 'The source says “up to”: the number is a ceiling, as in a promise of money.',
    } satisfies Record<Qualifier, string>,
    precisionTerm: (q: Qualifier) => PRECISION_WORDS[q] ?? `given as ${WORDINGS[q]}`,
    /** Who reports a figure: the label's last words. */
    provenance: {
      independent:
        'At least one independent source, the press or researchers, gives the figure as its own rather than as someone else’s claim.',
      'self-reported':
        'Only parties with a stake in the campaign’s success give the figure: the organisers, TikTok, their agency or an award entry, or an outlet that passes on their figure. The label names them and has a dashed border.',
      other: 'Neither: only sources of the kind “other”, such as a blog, or such sources and interested parties together.',
    } satisfies Record<Provenance, string>,
    provenanceTerm: (p: Provenance) =>
      p === 'self-reported' ? `${reportedBy} ${listNames(Object.values(PARTIES), 'or')}` : reportedByWhom({ provenance: p, parties: [] }),
    attributedTerm: `figure attributed to ${listNames(Object.values(ATTRIBUTION_LABELS), 'or')}`,
    attributed:
      'The source, usually an independent outlet, says the figure is someone else’s (“according to TikTok”, “the organisers said”). The figure then counts as that party’s, and is self-reported.',
    doubtedTerm: doubted,
    doubted:
      'This case study doubts the figure, for example as a probable slip, and says why beside its source. A doubted figure stays on the page, but is never a headline, a chart bar or a sort key, and never shares a range with figures that are not doubted.',
    /** Who a source is, relative to the campaign (a source's kind). */
    sourceKind: {
      organiser: 'An organisation that ran the campaign: its own release, report, blog or post.',
      platform: 'TikTok itself: its newsroom, its blog or a statement.',
      agency: 'The agency that made or ran the campaign, such as its own case-study page.',
      'award-entry': 'An entry to an awards scheme, written by the campaign’s makers to win it.',
      press: 'A news outlet or trade publication with no part in the campaign.',
      academic: 'Research: a paper, a thesis or a university report.',
      other: 'Anyone else, such as a blog.',
    } satisfies Record<SourceKind, string>,
    sourceKindTerm: (kind: SourceKind) => SOURCE_KIND_LABELS[kind],
    /** Beside each source kind: whether a figure it gives counts as independent or as self-reported. */
    standing: {
      interested: 'An interested party: a figure that only interested parties report is self-reported.',
      independent: 'Independent: a figure it gives as its own is independent.',
      neither: 'Neither independent nor an interested party.',
    },
    /** <ReportLinks />: where to report an error or suggest a campaign. */
    report: {
      wrongFigure: 'Report a wrong figure, date or quotation',
      propose: 'Propose a case study, with its sources (no git needed)',
      blank: 'Open a blank issue',
      pull: 'Send a pull request with a fix',
    },
  },
  about: {
    /** Links after the About page's own text (content/pages/about.mdx), built from the repository address. */
    contributeGuide: 'How to add a case study (CONTRIBUTING.md)',
    contributeIssue: 'Open an issue to report an error or suggest a campaign',
    contributePull: 'Send a pull request with a fix',
  },
  /** The campaigns index (/campaigns/) and the lists of case studies on term pages. */
  listing: {
    none: 'No case study here yet.',
    caseStudiesHeading: 'Case studies',
    title: 'All case studies',
    intro: 'Every case study, newest first. Search them, narrow them down by facet, or browse by the pages below.',
    /** The lead of the listing's later pages, which have no explorer: the first page has it. */
    laterIntro: 'Every case study, newest first, a page at a time.',
    toExplorer: 'Search and filter them all on the first page',
    timelineLink: 'See them on a timeline',
    browse: 'Browse',
    browseMore: (n: number, what: string) => `${n} more ${what}, on the index`,
  },
  /** The pages of causes, organisations, mechanics, years, countries and languages, and their indexes. */
  terms: {
    causes: {
      title: 'Causes',
      intro: 'The social causes the campaigns served. Each page lists every case study for that cause.',
      all: 'All causes',
      sdgs: 'UN Sustainable Development Goals',
      /** Causes that serve the same goals, or goals of the same area of the 2030 Agenda (lib/model/sdgs.ts). */
      nearby: 'Nearby causes',
    },
    organisations: {
      title: 'Organisations',
      intro: 'The NGOs, UN agencies, charities, platforms and agencies behind the campaigns, with the case studies each took part in.',
      all: 'All organisations',
      kind: 'Kind',
      website: 'Website',
      alsoKnownAs: 'Also known as',
      partOf: 'Part of',
      members: 'Members',
      noneOwn: 'It took part in none of the case studies itself. Its members did: each member’s page lists its case studies.',
      membersTookPart: (n: number) => `Its members took part in ${caseStudies(n)}.`,
      asRole: (role: string) => `As ${role.toLowerCase()}`,
    },
    mechanics: {
      title: 'Mechanics',
      intro: 'How campaigns worked on TikTok: challenges, effects, creators, live events and more.',
      all: 'All mechanics',
    },
    years: {
      title: 'Years',
      intro: 'Case studies by the year the campaign launched.',
      all: 'All years',
      page: (y: number) => `Campaigns of ${y}`,
      lead: (y: number) => `Case studies of campaigns launched in ${y}.`,
    },
    countries: {
      title: 'Countries',
      intro: 'Countries that sources name for a campaign.',
      all: 'All countries',
      lead: (name: string) => `Case studies whose sources name ${name}.`,
    },
    languages: {
      title: 'Languages',
      intro: 'Languages that sources name for a campaign.',
      all: 'All languages',
      lead: (name: string) => `Case studies of campaigns in ${name}, as their sources report.`,
    },
    objectives: {
      title: 'Objectives',
      intro:
        'What the organisers said they aimed for, as their sources state it; never inferred from the results. Each page lists the case studies whose sources state that aim.',
      all: 'All objectives',
      none: 'No case study’s sources state an aim of this kind yet.',
    },
  },
  /** /awards/: every award of every case study, by show and year. */
  awards: {
    title: 'Awards',
    description: 'The awards and shortlists Causeway’s case studies won, by award show and year, each cited to the awards body’s own page.',
    intro:
      'Awards, finalists’ places and shortlists, by award show and year. Each is cited to the awards body’s own page, on the case study’s page; an award says what a jury thought, not what a campaign achieved.',
    none: 'No case study has an award recorded yet.',
    shows: 'Award shows',
  },
  playbook: {
    title: 'Playbook',
    intro: 'What campaigners can learn, gathered by theme from every case study. Each lesson links back to the campaign it comes from.',
    all: 'All themes',
    from: 'From',
    none: 'No lesson on this theme yet.',
  },
  timeline: {
    years: 'Years',
    yearTitle: (y: number) => `Timeline of ${y}`,
    allOfYear: (n: number, y: number) => `All ${caseStudies(n)} of ${y}`,
    title: 'Timeline',
    intro:
      'Every campaign by launch date. Dates are only as precise as the sources: a campaign known to have launched in a month is shown as that month, not a day.',
    all: 'All case studies',
  },
  /** Page links of a listing cut into pages. */
  pagination: {
    label: 'Pages',
    position: (n: number, of: number) => `Page ${n} of ${of}`,
    page: (n: number) => `Page ${n}`,
    prev: 'Previous',
    next: 'Next',
    title: (title: string, n: number) => `${title}, page ${n}`,
  },
  /** The explorer on /campaigns/ and /search/: words and facets over the search index. */
  explorer: {
    label: 'Find case studies',
    query: 'Words to search for',
    submit: 'Search',
    filters: 'Filters',
    chosen: 'Chosen filters',
    sort: 'Sort by',
    results: 'Case studies found',
    count: (n: number | string, q: string) =>
      `${n === 0 ? 'No' : n} case ${n === 1 ? 'study' : 'studies'} ${q ? `found for “${q}”` : n === 1 ? 'matches' : 'match'}.`,
    showAll: (n: number | string) => `Show ${n} more`,
    showFewer: 'Show fewer',
    /** The find box of a facet too long to list whole. */
    find: (facet: string) => `Find ${facet.toLowerCase()}`,
    findHint: (n: number | string) => `${n} more: type in the box above to find one.`,
    remove: (facet: string, value: string) => `Remove filter ${facet}: ${value}`,
    more: 'Show more case studies',
    /** A skip link before the site header, to the results past the search box and every filter. */
    skipToResults: 'Skip to results',
    /** At the foot of the filter panel on a phone: closes it and goes to the results. */
    showResults: (n: number | string) => `Show ${caseStudies(n)}`,
    /** A term of the site's vocabulary offered above the results: "Organisation: WHO, 3 case studies". */
    term: (kind: string, name: string, count: string) => `${kind}: ${name}, ${count}`,
    /** A parent organisation offered above the results: "Organisation: United Nations system, its members in 12 case studies". */
    memberTerm: (kind: string, name: string, count: string) => `${kind}: ${name}, its members in ${count}`,
    /** A hashtag offered above the results, which is one case study: "Case study: #SafeHands". */
    caseStudyTerm: (name: string) => `Case study: ${name}`,
    termKinds: { organisation: 'Organisation', cause: 'Cause', mechanic: 'Mechanic', hashtag: 'Hashtag' } satisfies Record<
      TermKind,
      string
    >,
    suggestions: 'Suggestions',
    /** Words that name an organisation find its case studies only: the line under its shortcut says so. */
    namedOnly: (name: string) => `Only the case studies of ${name} are shown.`,
    /** The link after it, to every case study whose text holds the words. */
    inTextLink: (q: string, n: number | string) => `Show every case study whose text has “${q}” (${n})`,
    /** Under the shortcut once every case study with the words is shown: the way back. */
    namedOnlyLink: (name: string) => `Show only the case studies of ${name}`,
    /** Between the names of several organisations the words name. */
    namedJoin: ' or ',
    /** Before the causes near the cause the words name ("climate": Biodiversity). */
    nearby: (name: string) => `Causes near ${name}:`,
    didYouMean: (q: string) => `Did you mean ${q}?`,
    orGoTo: 'Or go to',
    facets: {
      cause: 'Cause',
      organisation: 'Organisation',
      mechanic: 'Mechanic',
      year: 'Year',
      region: 'Region',
      kind: 'Kind of organisation',
      country: 'Country',
      language: 'Language',
      evidence: 'Evidence',
      objective: 'Objective',
      award: 'Awarded',
    },
    independentSource: 'Has an independent source',
    sorts: {
      relevance: 'Best match, or newest',
      newest: 'Newest first',
      oldest: 'Oldest first',
      views: 'Most campaign views reported',
    },
  },
  /** World regions (src/lib/model/regions.ts), as the explorer's region facet names them. */
  regions: {
    africa: 'Africa',
    'asia-pacific': 'Asia-Pacific',
    europe: 'Europe',
    'latin-america-caribbean': 'Latin America and the Caribbean',
    'middle-east-north-africa': 'Middle East and North Africa',
    'north-america': 'North America',
    global: 'Global (no country named)',
  } satisfies Record<Region, string>,
  /** Related case studies, under a case study. */
  related: {
    heading: 'Related case studies',
    inCommon: 'In common:',
  },
  /** A case study's corrections, at the end of its page, and the /corrections/ page with its feed. */
  corrections: {
    heading: 'Corrections',
    intro: 'Substantive changes made to this case study after it was published: a figure, a date, an attribution or a scope.',
    was: 'It said',
    now: 'It now says',
    why: 'Why',
    title: 'Corrections',
    description: 'Every correction of a case study on Causeway, newest first: what the page said, what it says now, and why.',
    pageIntro:
      'When we find that a case study said something its sources do not support, we fix it and record the fix here, so anyone who quoted the old text can tell. Typos are not listed.',
    none: 'No case study has been corrected yet.',
    feed: 'Follow corrections by RSS',
    /** To the methodology's corrections policy and how to report an error. */
    policy: 'How corrections are made, and how to report an error',
    in: (title: string) => `In ${title}`,
  },
  /** Under a case study's summary: its last independent check against the sources (CheckLine). */
  checkLine: {
    current: 'Checked against its sources on',
    changed: 'Changed since its last check against its sources, on',
    unchecked: 'Not yet checked against its sources by an independent reviewer.',
    counts: (items: number, defects: number) => `${items} items tried, ${found(defects)}.`,
    /** A re-check that tried only what changed since the full check of `since` (a formatted date). */
    changedCounts: (items: number, defects: number, since: string) =>
      `A re-check of what changed since the full check of ${since}: ${items} ${items === 1 ? 'item' : 'items'} tried, ${found(defects)}.`,
    changedHint: 'The text or its sources were edited after that check; the new version has not been reviewed yet.',
    report: 'Read the review',
  },
  /** A citation marker in the prose (<Cite />) and the note with the passage it opens. */
  cite: {
    source: (n: number) => `Source ${n}`,
    open: 'Show the words of the source',
    heading: (n: number) => `Source ${n}, in its own words`,
    translation: (text: string) => `In English: ${text}`,
    /** The note's way back: it closes the note, and focus returns to the marker. */
    back: '↩ Back to the text',
    backLabel: (n: number) => `Close source ${n} and go back to the text`,
    /** Under a source in the list: a link back to each marker that cites it, numbered when there are several. */
    citedAt: (of: number) => (of === 1 ? '' : 'Back to the text:'),
    citedAtLink: (n: number, of: number) => (of === 1 ? '↩ Back to the text' : String(n)),
  },
  /** Copy buttons on citations, and the case study's share button (CopyButton.astro). */
  copy: {
    copy: 'Copy',
    copied: 'Copied.',
    copyLink: 'Copy link',
    linkCopied: 'Link copied.',
    share: 'Share',
    failed: 'Copying did not work: select the text and copy it yourself.',
    /** What each button copies, for a screen reader. */
    plain: 'the citation as plain text',
    bibtex: 'the citation as BibTeX',
    figure: (publisher: string) => `the citation of ${publisher}’s figure`,
  },
  /** The "Cite this case study" box. */
  citeThis: {
    title: 'Cite this case study',
    plain: 'Plain text',
    bibtex: 'BibTeX',
  },
  /** The "Edit this page" link under a case study. */
  editLink: {
    link: 'Edit this page',
    hint: 'Found an error or a better source? Propose a change to this case study on GitHub.',
  },
  sdgs: {
    1: 'No poverty',
    2: 'Zero hunger',
    3: 'Good health and well-being',
    4: 'Quality education',
    5: 'Gender equality',
    6: 'Clean water and sanitation',
    7: 'Affordable and clean energy',
    8: 'Decent work and economic growth',
    9: 'Industry, innovation and infrastructure',
    10: 'Reduced inequalities',
    11: 'Sustainable cities and communities',
    12: 'Responsible consumption and production',
    13: 'Climate action',
    14: 'Life below water',
    15: 'Life on land',
    16: 'Peace, justice and strong institutions',
    17: 'Partnerships for the goals',
  } as Record<number, string>,
  compare: {
    title: 'Compare campaigns',
    description: 'Every campaign side by side: views, videos, likes, shares, countries and donations, each figure with its sources.',
    intro:
      "Each figure is what the sources report, linked to them. Where sources disagree, the cell shows the range. Other figures, and a campaign's own notes on them, are on its case-study page.",
    pickerLegend: 'Choose campaigns to compare',
    pickerHint: 'Tick campaigns to narrow the table and charts to them at once. Leave every box empty to see the default selection.',
    selection: (shown: number, total: number) =>
      shown < total
        ? `By default, these are the ${shown} case studies with the largest campaign view counts, of ${total}. Every figure of every case study is in the open data:`
        : `All ${total} case studies. Every figure is also in the open data:`,
    clear: 'Default selection',
    showing: (shown: number | string, total: number | string) => `Showing ${shown} of ${total} campaigns.`,
    /** The "Add a case study" box, which finds any case study of the catalogue. */
    addBox: {
      label: 'Add a case study',
      hint: 'Type part of its title, hashtag or organisation, then choose one with the arrow keys and Enter.',
      options: 'Case studies found',
      loading: 'Loading the list of case studies…',
      unavailable: 'The list of case studies could not be loaded. Reload the page to try again.',
      none: 'No case study matches.',
      found: (n: number | string) => (n === 1 ? '1 case study found.' : `${n} case studies found.`),
      more: (n: number | string, listed: number | string) =>
        `${n} case studies found; the first ${listed} are listed. Type more to narrow them.`,
      inTable: 'in the table',
      added: (title: string) => `Added ${title} to the table.`,
      already: (title: string) => `${title} is already in the table.`,
      failed: (title: string) => `${title} could not be loaded. Try again.`,
    },
    tableHeading: 'Figures',
    tableCaption: 'Reported figures for each campaign',
    sortHint: 'Select a column heading to sort by it; figures sort by the highest reported value.',
    campaign: 'Campaign',
    notReported: 'Not reported',
    chartsHeading: 'Charts',
    chartsIntro:
      'The same figures as bars, for the default selection, the part of it you choose and the case studies you add. Each chart has its own scale.',
    legendLow: 'Lowest reported figure',
    legendRange: 'Range up to the highest, where sources disagree',
    legendMark: 'Each reported figure',
    linearScale: 'Linear scale, from zero.',
    logScale: 'Logarithmic scale: each gridline is ten times the one before, so small and large campaigns fit on one chart.',
    /** A column's or chart's name: the kind, then the scope when it is not the campaign's own, then the currency. */
    columnTitle: compareColumnTitle,
  },
  openData: {
    title: 'Open data',
    description: 'Download every case study and every reported figure with its source, as JSON or CSV.',
    intro:
      'Everything on this site is built from the same structured records, and you can download them. Each figure comes with the source that reports it: publisher, title, date and link.',
    downloads: 'Downloads',
    jsonLabel: 'campaigns.json',
    jsonNote: (n: number) => `every case study with all its structured fields (${n} case ${n === 1 ? 'study' : 'studies'})`,
    jsonlLabel: 'campaigns.jsonl',
    jsonlNote:
      'the same case studies as JSON Lines, one record per line (each shaped like an entry of campaigns[] in campaigns.json), to read a line at a time however large the catalogue grows',
    csvLabel: 'campaigns.csv',
    csvNote: (n: number) => `one row per figure reported by a source (${n} rows)`,
    caseStudiesLabel: 'case-studies.csv',
    caseStudiesNote: (n: number) =>
      `one row per case study (${n} rows): year, launch date, countries, regions, organisations, causes, mechanics, headline figure and evidence counts, to filter in a spreadsheet`,
    csvFormat:
      'The CSV files use RFC 4180 quoting and UTF-8 with a byte-order mark, so Excel keeps titles such as “Ghen Cô Vy” and “#Марафондобра2022” intact.',
    collectionNotes: {
      organisations: (n: number) => `every organisation (${n}), with the case studies it took part in and its role in each`,
      causes: (n: number) => `every cause (${n}), with the case studies that served it`,
      mechanics: (n: number) => `every campaign mechanic (${n}), with the case studies that used it`,
      themes: (n: number) => `every playbook theme (${n}), with the case studies that have a lesson on it`,
      objectives: (n: number) => `every kind of objective (${n}), with the case studies whose sources state it`,
      sources: (n: number) => `every source (${n}), with the case studies that cite it`,
    },
    collectionsNote:
      'Each of these is a file of its own, so you can take one collection without the case studies; join them to campaigns.jsonl by slug.',
    rssLabel: 'rss.xml',
    rssNote: 'a feed of the case studies',
    jsonShape: 'Shape of campaigns.json',
    jsonShapeIntro:
      'The file is one object. Dates are given as precisely as the sources give them: each has the date as written and its precision. Missing optional values are null.',
    dateShape: 'Date',
    dateShapeIntro: 'A field of type Date holds an object with two fields.',
    sourceShape: 'Source',
    sourceShapeIntro: 'A field of type Source holds an object that says where a figure, quotation or lesson comes from.',
    collectionShape: (file: string) => `Shape of ${file}`,
    collectionShapeIntro: (list: string) =>
      `The file is one object: version, site, documentation, license and attribution as in campaigns.json, then every entry of the collection in the array “${list}”.`,
    compareShape: 'Files of the compare page',
    compareShapeIntro:
      'compare-index.json is what the compare page’s “Add a case study” box searches, kept small: it is loaded whole, once, when a reader first types there. Its fields:',
    compareRowShape: 'One case study on the compare page',
    compareRowShapeIntro:
      'data/compare/<slug>.json, one file per case study: what the compare page fetches when a reader adds that case study. Its fields:',
    claimsLabel: 'claims.csv',
    claimsNote: (n: number) =>
      `one row per citation (${n} rows): the claim, the source it is cited for and the source’s own words it rests on`,
    claimsShape: 'Columns of claims.csv',
    claimsShapeIntro:
      'Each row is one citation: a claim of a case study, the source it is cited for, and the passage of that source the claim rests on. An empty passage means none has been given yet.',
    caseStudiesShape: 'Columns of case-studies.csv',
    caseStudiesShapeIntro:
      'Each row is one case study. A cell that holds a list (hashtags, countries, regions, organisations, causes, mechanics) separates its items with a semicolon and a space. Join it to the other files by slug.',
    csvShape: 'Columns of campaigns.csv',
    csvShapeIntro:
      'Each row is one figure as one source reports it. Several rows for the same campaign and kind mean several sources, which may disagree.',
    licenceHeading: 'Licence',
    licence: (title: string) =>
      `The case studies and this data are free to copy, share and adapt for any purpose, as long as you credit Causeway, under the ${title} licence,`,
    notOurs:
      'Quotations, source titles and the passages of sources cited in the data remain their authors’ and publishers’: they are quoted for review and criticism, and the licence does not cover them.',
    licenceFile: 'The licence in full',
    attribution: 'Suggested attribution:',
    packageLabel: 'datapackage.json',
    packageNote:
      'a Frictionless Data Package describing every file above: its format, its licence and, for each CSV file, its columns with their types',
    citationLabel: 'CITATION.cff',
    citationNote: 'how to cite the dataset, in the Citation File Format that reference managers read',
    /** A CSV column's type, beside its name, when it is not plain text (fields.ts ColumnType). */
    columnTypes: {
      integer: 'whole number',
      number: 'number',
      boolean: 'true or false',
      date: 'date (YYYY-MM-DD)',
      'partial-date': 'date (YYYY-MM-DD, YYYY-MM or YYYY)',
      uri: 'web address',
    } satisfies Record<ColumnType, string>,
    caution:
      'A figure is a claim by its source, not a measurement we made. Check the source and its date before you reuse a figure, and cite the source as well as this site.',
  },
  card: {
    caseStudy: 'Case study',
    footer: 'Every figure with its source',
  },
  /** The words a headline figure needs, on listing cards, explorer results and social cards (`headlineFigure`). */
  headlineFigure: {
    metricKind: (kind: keyof typeof METRIC_KIND_LABELS) => METRIC_KIND_LABELS[kind],
    reportedBy,
    sources: sourceCount,
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Go to the home page',
    search: 'Search the case studies',
  },
  metricKinds: METRIC_KIND_LABELS,
  qualifiers: QUALIFIER_LABELS,
  scopes: SCOPE_LABELS,
  parts: PART_LABELS,
  sourceFormats: SOURCE_FORMAT_LABELS,
  roles: ORGANISATION_ROLE_LABELS,
  organisationKinds: ORGANISATION_KIND_LABELS,
  sourceKinds: SOURCE_KIND_LABELS,
  awardShows: AWARD_SHOW_LABELS,
  awardLevels: AWARD_LEVEL_LABELS,
  resourceKinds: RESOURCE_KIND_LABELS,
} as const;
