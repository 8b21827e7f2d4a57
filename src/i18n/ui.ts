/**
 * Every string of the interface, in one module, so that a translation is a new object here
 * rather than a hunt through components. Content (case studies) is not translated here.
 */
import type { MetricKind, OrganisationKind, OrganisationRole, Qualifier, SourceKind } from '../schemas/vocabulary.ts';

export const ui = {
  siteName: 'Causeway',
  tagline: 'How NGOs, UN agencies and charities ran social-cause campaigns on TikTok, and what came of them.',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    campaigns: 'Campaigns',
    causes: 'Causes',
    organisations: 'Organisations',
    playbook: 'Playbook',
    compare: 'Compare',
    search: 'Search',
  },
  footer: {
    label: 'Site',
    about: 'About',
    contribute: 'Contribute',
    data: 'Data',
    rss: 'RSS',
    note: 'Every figure links to its source. Found an error? Tell us.',
  },
  search: {
    label: 'Search case studies',
    placeholder: 'Cause, organisation, hashtag…',
    submit: 'Search',
  },
  home: {
    title: 'Learn from social-cause campaigns on TikTok',
    intro:
      'Case studies of campaigns by NGOs, UN agencies and charities on TikTok: what they did, what the sources report came of it, and what others can learn. Every figure carries its source.',
    latest: 'Case studies',
    allCampaigns: 'All case studies',
    browseCauses: 'Browse by cause',
  },
  campaign: {
    facts: 'Facts',
    organisations: 'Organisations',
    causes: 'Causes',
    mechanics: 'Mechanics',
    dates: 'Dates',
    countries: 'Countries named',
    languages: 'Languages',
    figures: 'Figures',
    results: 'Results',
    sources: 'Sources',
    quotations: 'Quotations',
    lessons: 'Lessons',
    safeguarding: 'Safeguarding',
    noFigures: 'No figures were found in public sources for this campaign.',
    reportedBy: 'reported by',
    asOf: 'as of',
    sourcesDisagree: (figures: number, sources: number) => `Sources disagree: ${figures} figures from ${sources} sources`,
    showAll: 'Show every figure with its source',
    figureHeaders: { figure: 'Figure', value: 'Value', source: 'Source' },
    sourceCount: (n: number) => `${n} source${n === 1 ? '' : 's'}`,
    launched: 'Launched',
    ended: 'Ended',
    undated: 'undated',
  },
  about: {
    title: 'About Causeway',
    description: 'What Causeway is, who it is for, how its figures are sourced and how to suggest a correction.',
    intro:
      'Causeway collects case studies of social-cause campaigns that NGOs, UN agencies and charities ran on TikTok. Each one says what the organisers did, what public sources report came of it, and what others might learn.',
    audienceHeading: 'Who it is for',
    audience:
      'It is written for communication staff at NGOs and public bodies planning their own campaigns, for students of communication and development, and for journalists checking a claim. The pages are built to read well on a phone.',
    tiktokForGoodHeading: 'What TikTok for Good is',
    tiktokForGood:
      'TikTok for Good is the programme through which TikTok supports non-profit organisations on its platform. A student blog from Malmö University lists what it offered: guidance on running an account, more detailed analytics, promoted hashtags, and hashtag challenges for charities.',
    tiktokForGoodSource: 'Read the Malmö University student blog',
    tiktokForGoodNote:
      'Many of the campaigns here also had help from TikTok that went beyond the programme, such as in-app banners or a donation for each video. Each case study says what the platform did.',
    figuresHeading: 'How figures are sourced',
    figuresIntro: 'Figures in a case study are not ours. Every one is a claim made by a named source, and we show it that way:',
    figuresRules: [
      'Every figure links to the source that reported it, with the publisher and the date. Undated sources are marked as undated.',
      'Where sources disagree, the results table shows the range from the lowest to the highest figure, and under it every figure with its own source. We never pick one number and drop the others.',
      'A figure carries the date it was true, when the source gives one, because counts of views keep growing after a campaign ends.',
      'Where a figure needs a warning, for example because it comes from an award entry written by the campaign’s makers, the warning is shown beside it.',
      'Where no public source reports results, the case study says so instead of guessing.',
    ],
    figuresExample: 'See the sources disagree on #TheRealChallenge',
    wordsHeading: 'Our words, their facts',
    words:
      'Case studies are written in our own words. Facts and figures come from the sources; quotations are short, marked as quotations and attributed to the speaker and the source.',
    contributeHeading: 'Corrections and contributions',
    contribute:
      'If a figure, date, name or link is wrong, or a source is missing, please tell us. Causeway’s content and code live in a public repository.',
    contributeIssue: 'Open an issue to report an error or suggest a campaign',
    contributePull: 'Send a pull request with a fix',
    contributeNote: 'Please include a link to a public source for any correction, so that readers can check it as well.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Go to the home page',
    search: 'Search the case studies',
  },
  metricKinds: {
    views: 'Views',
    videos: 'Videos created',
    likes: 'Likes',
    shares: 'Shares',
    participants: 'Participants',
    countries: 'Countries',
    languages: 'Languages',
    donations: 'Donations',
    followers: 'Followers',
  } satisfies Record<MetricKind, string>,
  qualifiers: { exact: 'exactly', about: 'about', over: 'over', 'up-to': 'up to' } satisfies Record<Qualifier, string>,
  roles: { lead: 'Lead', partner: 'Partner', platform: 'Platform', agency: 'Agency', funder: 'Funder' } satisfies Record<
    OrganisationRole,
    string
  >,
  organisationKinds: {
    'un-agency': 'UN agency',
    intergovernmental: 'Intergovernmental body',
    ngo: 'NGO',
    charity: 'Charity',
    platform: 'Platform',
    company: 'Company',
    agency: 'Agency',
    government: 'Government body',
  } satisfies Record<OrganisationKind, string>,
  sourceKinds: {
    news: 'News',
    blog: 'Blog',
    'press-release': 'Press release',
    interview: 'Interview',
    report: 'Report',
    'award-entry': 'Award entry',
    'platform-newsroom': 'Platform newsroom',
  } satisfies Record<SourceKind, string>,
} as const;
