/**
 * The "Propose a case study" issue form, defined once: `npm run issue-form` writes it to
 * .github/ISSUE_TEMPLATE/propose-case-study.yml with the ids content/ has today, and the
 * converter (`npm run new -- --from-issue`) reads an issue by the same labels, so the form and
 * its reader cannot drift apart.
 */
import { stringify } from 'yaml';
import { ATTRIBUTIONS, METRIC_KINDS, ORGANISATION_ROLES, QUALIFIERS, SCOPES, SOURCE_KINDS, listOf } from '../../../schemas/vocabulary.ts';

/** Every field's label, as GitHub writes it in the issue body (`### Label`). */
export const FIELDS = {
  title: 'Title',
  hashtags: 'Hashtags',
  summary: 'Summary',
  lead: 'Lead organisation',
  organisations: 'Other organisations and their roles',
  causes: 'Causes',
  mechanics: 'Mechanics',
  launched: 'Launch date',
  countries: 'Countries',
  languages: 'Languages',
  context: 'Context',
  whatTheyDid: 'What the campaign did',
  sources: 'Sources',
  figures: 'Figures',
  anythingElse: 'Anything else',
  promises: 'Before you send',
} as const;

export type FieldKey = keyof typeof FIELDS;

/** The choice for a lead organisation we do not have yet. */
export const NOT_LISTED = 'Not in this list (say who under "Anything else")';

/** The two promises a proposer ticks; the converter refuses a proposal without them. */
export const PROMISES = [
  'The links are public, and the text is in my own words.',
  'Nothing here names, quotes or describes an individual child or teenager who took part.',
] as const;

/** An entry of content/ offered as a choice. */
export interface Choice {
  id: string;
  name: string;
}

/** A dropdown option: the name a reader knows, with the id in brackets, which the converter reads. */
export const optionOf = (choice: Choice) => `${choice.name} (${choice.id})`;

/** The ids of the options a dropdown answer holds: "Climate action (climate-action), Refugees (refugees)". */
export function idsInAnswer(answer: string): string[] {
  return [...answer.matchAll(/\(([a-z0-9]+(?:-[a-z0-9]+)*)\)(?=\s*(?:,|$))/g)].map((m) => m[1]!);
}

/** The separator between the parts of a line in Sources, Figures and Other organisations. */
export const PART_SEPARATOR = '|';

export const SOURCE_LINE_EXAMPLE =
  'https://www.example.org/news/for-climate | Example News | 2021-05-02 | press | TikTok users back #ForClimate';
export const FIGURE_LINE_EXAMPLE = 'views | 12000000 | rounded | hashtag | https://www.example.org/news/for-climate | 12 million views';

interface Choices {
  organisations: readonly Choice[];
  causes: readonly Choice[];
  mechanics: readonly Choice[];
}

const required = { validations: { required: true } };
const input = (id: FieldKey, description: string, placeholder: string, isRequired = false) => ({
  type: 'input',
  id,
  attributes: { label: FIELDS[id], description, ...(placeholder ? { placeholder } : {}) },
  ...(isRequired ? required : {}),
});
const textarea = (id: FieldKey, description: string, placeholder: string, isRequired = false) => ({
  ...input(id, description, placeholder, isRequired),
  type: 'textarea',
});
const dropdown = (id: FieldKey, description: string, options: readonly string[], multiple: boolean, isRequired: boolean) => ({
  type: 'dropdown',
  id,
  attributes: { label: FIELDS[id], description, multiple, options: [...options] },
  ...(isRequired ? required : {}),
});

/** The issue form, as the object its YAML file holds. */
export function proposalForm(choices: Choices) {
  return {
    name: 'Propose a case study',
    description: 'Tell us about a social-cause campaign on TikTok, with its sources: a maintainer turns it into a draft case study.',
    title: 'Proposal: ',
    labels: ['proposal'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            'Thank you! You need no git and no programming: fill in what you know, with the links that say it.',
            'A maintainer then adds the `draft` label, and a bot turns this issue into a draft case study (a pull request),',
            'checks it, and answers here with a link and with anything to fix. The labels on this issue show where it stands;',
            'CONTRIBUTING.md ("No git? Use the form") explains each step.',
            '',
            'Write plain text: no links or formatting in the text fields (the addresses go under Sources), and no `<`, `{`, `}` or backticks.',
            'Everything you write here is public.',
          ].join('\n'),
        },
      },
      input('title', "The campaign's name, as the sources give it.", '#ForClimate', true),
      input('hashtags', 'The main one first, separated by spaces. Leave empty if it had none.', '#ForClimate #ClimateAction'),
      input(
        'summary',
        'One sentence of at most 280 characters, in your own words: what the campaign was and what came of it. End it with a full stop.',
        'Who ran it, what it asked people to do, and what the sources say came of it.',
        true,
      ),
      dropdown(
        'lead',
        'The organisation that ran the campaign. If it is not in the list, choose the last option and say who it is under "Anything else": a maintainer adds it first.',
        [...choices.organisations.map(optionOf), NOT_LISTED],
        false,
        true,
      ),
      textarea(
        'organisations',
        `One a line: the organisation's id (in brackets in the list above), a bar, and its role (${listOf(ORGANISATION_ROLES)}).`,
        'tiktok | platform',
      ),
      dropdown('causes', 'The causes it served; choose one or more.', choices.causes.map(optionOf), true, true),
      dropdown('mechanics', 'How it worked on TikTok; choose any that apply.', choices.mechanics.map(optionOf), true, false),
      input('launched', 'As precisely as a source gives it: YYYY-MM-DD, YYYY-MM or YYYY.', '2021-04', true),
      input('countries', 'The countries the sources name, as two-letter codes separated by commas. Leave empty if none.', 'FR, BR'),
      input('languages', 'The languages the sources name, as codes separated by commas. Leave empty if none.', 'en, pt-BR'),
      textarea(
        'context',
        'In your own words, a few sentences: the situation before the campaign, and why TikTok. No figures here: they go under Figures.',
        '',
      ),
      textarea(
        'whatTheyDid',
        'In your own words, a few sentences: what it asked people to do, who made it and when it ran. No figures here: they go under Figures.',
        '',
        true,
      ),
      textarea(
        'sources',
        [
          'One source a line, its parts separated by a bar (|): the https address, the publisher, the date it was published',
          '(YYYY-MM-DD, YYYY-MM, YYYY, or "undated"), who published it relative to the campaign',
          `(${listOf(SOURCE_KINDS)}), and its headline exactly as the page gives it.`,
          'For a headline not in English, add the language code and the headline in English:',
          '`… | Le titre exact | fr | The exact title`.',
        ].join(' '),
        SOURCE_LINE_EXAMPLE,
        true,
      ),
      textarea(
        'figures',
        [
          'Optional. One figure a line, its parts separated by a bar (|): what is counted',
          `(${listOf(METRIC_KINDS)}), the number in full (for money, with its currency: 100000 USD),`,
          `how precise the source is (${listOf(QUALIFIERS)}), what it counts (${listOf(SCOPES)}),`,
          "the source's https address (one of the sources above), and the source's own words for the figure, copied exactly.",
          `If the source passes on someone else's figure ("according to TikTok"), add whose it is: ${listOf(ATTRIBUTIONS)}.`,
        ].join(' '),
        FIGURE_LINE_EXAMPLE,
      ),
      textarea(
        'anythingElse',
        'Optional, and not copied into the case study: an organisation we do not have yet, a source you could not open, a question for the maintainers.',
        '',
      ),
      {
        type: 'checkboxes',
        id: 'promises',
        attributes: { label: FIELDS.promises, options: PROMISES.map((label) => ({ label, required: true })) },
      },
    ],
  };
}

/** Where the form lives. */
export const FORM_FILE = '.github/ISSUE_TEMPLATE/propose-case-study.yml';

/** The form's file: a note that it is generated, then the form as YAML. */
export function formYaml(choices: Choices): string {
  return `# Written by \`npm run issue-form\` from src/lib/content/from-issue/form.ts and content/: edit those, then run it.\n${stringify(proposalForm(choices), { lineWidth: 0, aliasDuplicateObjects: false, singleQuote: true })}`;
}
