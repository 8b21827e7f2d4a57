/**
 * The checks that need more than one file, or more than a schema can say: references between
 * entries, unique ids and hashtags, sources nobody cites, dates in the future, and the body of
 * each case study (MDX safety, citations, emptiness).
 */
import { basename } from 'node:path';
import type { CampaignData } from '../../schemas/campaign.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { PartialDate } from '../../schemas/dates.ts';
import type { LoadedEntry } from './load.node.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { PAGE_COMPONENT_PROPS } from '../../author-components/allowlist.ts';
import type { Problem } from './problem.ts';
import { missingPassageFix, passageProblem } from '../../schemas/passage.ts';
import { figuresMissing } from './numbers.ts';
import { copiedRun, COPY_RUN, passageRuns } from './copying.ts';
import type { BodyCite } from './mdx-safety.ts';
import { brokenReferenceMessage, campaignReferences, citedSourceIds, closest } from '../model/references.ts';
import { partOfProblems, type MemberEntry } from '../model/organisations.ts';
import { metricRows } from '../figures/metrics.ts';
import { targetRow } from '../figures/targets.ts';
import type { SourceData } from '../../schemas/taxonomy.ts';
import { PLACEHOLDER_TOKEN } from './placeholders.ts';
import { firstParagraph, saysSingleSource, SINGLE_SOURCE_EXAMPLE, sitesOf } from './single-source.ts';

type Campaign = LoadedEntry & { data: CampaignData };

/** Each body is parsed once, though several checks read its citations. */
const bodyReports = new WeakMap<LoadedEntry, ReturnType<typeof checkMdxBody>>();
function bodyReport(entry: LoadedEntry, body: NonNullable<LoadedEntry['body']>): ReturnType<typeof checkMdxBody> {
  let report = bodyReports.get(entry);
  if (!report) {
    report = checkMdxBody(body.text, body.startLine, entry.collection === 'pages' ? PAGE_COMPONENT_PROPS : undefined);
    bodyReports.set(entry, report);
  }
  return report;
}
const isValidCampaign = (e: LoadedEntry): e is Campaign => e.collection === 'campaigns' && e.data !== undefined;

/** Two files whose ids differ only by case or folder would become one page: refuse the second. */
export function duplicateIdProblems(entries: readonly LoadedEntry[]): Problem[] {
  const seen = new Map<string, LoadedEntry>();
  return entries.flatMap((entry) => {
    const key = `${entry.collection}/${basename(entry.id).toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      return [];
    }
    return [
      {
        file: entry.file,
        message: `file name: the id "${basename(entry.id).toLowerCase()}" is already used by ${first.file} (ids must be unique, whatever the case or folder). Fix: rename one of the two files, or merge them.`,
      },
    ];
  });
}

/** A hashtag belongs to one case study; compared without regard to case. */
export function duplicateHashtagProblems(entries: readonly LoadedEntry[]): Problem[] {
  const owners = new Map<string, { file: string; tag: string; field: string }>();
  return entries.filter(isValidCampaign).flatMap((entry) =>
    entry.data.hashtags.flatMap((tag, i) => {
      const key = tag.toLowerCase();
      const field = `hashtags[${i}]`;
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { file: entry.file, tag, field });
        return [];
      }
      const where =
        owner.file === entry.file
          ? `repeats ${owner.field}`
          : `is already the hashtag of ${owner.file} (written "${owner.tag}"; case does not count)`;
      const fix =
        owner.file === entry.file
          ? 'delete one of them'
          : 'if it is the same campaign, add to that case study instead; otherwise check the hashtag';
      return [{ file: entry.file, message: `${field}: "${tag}" ${where}. Fix: ${fix}.` }];
    }),
  );
}

/** Every reference from a case study must name an existing entry. */
export function referenceProblems(entries: readonly LoadedEntry[]): Problem[] {
  const ids = new Map<CollectionName, string[]>();
  for (const e of entries) ids.set(e.collection, [...(ids.get(e.collection) ?? []), e.id]);
  return entries.filter(isValidCampaign).flatMap((entry) =>
    campaignReferences(entry.data)
      .filter((ref) => !(ids.get(ref.collection) ?? []).includes(ref.id))
      .map((ref) => ({ file: entry.file, message: brokenReferenceMessage(ref, ids.get(ref.collection) ?? []) })),
  );
}

/** Every `partOf` of an organisation names another organisation, and none loops back to itself. */
export function organisationProblems(entries: readonly LoadedEntry[]): Problem[] {
  const organisations = entries.filter((e) => e.collection === 'organisations' && e.data !== undefined) as (LoadedEntry & MemberEntry)[];
  const files = new Map(organisations.map((o) => [o.id, o.file]));
  return partOfProblems(organisations).map((p) => ({ file: files.get(p.id)!, message: `${p.field}: ${p.message}` }));
}

/** A source no case study cites is either unfinished work or left over. */
export function uncitedSourceProblems(entries: readonly LoadedEntry[]): Problem[] {
  const cited = new Set(entries.filter(isValidCampaign).flatMap((e) => citedSourceIds(e.data)));
  // When a case study is invalid we cannot see what it cites: stay quiet rather than guess.
  if (entries.some((e) => e.collection === 'campaigns' && e.data === undefined)) return [];
  return entries
    .filter((e) => e.collection === 'sources' && e.data !== undefined && !cited.has(e.id))
    .map((e) => ({
      file: e.file,
      message: `file: the source "${e.id}" is not cited by any case study. Fix: cite it from a case study (in metrics, quotations, lessons, sources, objectives, targets, resources or awards), or delete the file.`,
    }));
}

/** Dates after `today`: launches, ends, "as of" dates of figures and publication dates. */
export function futureDateProblems(entries: readonly LoadedEntry[], today: Date): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, field: string, date: PartialDate | undefined, fix: string) => {
    if (date && date.start.getTime() > today.getTime())
      problems.push({ file, message: `${field}: ${date.iso} is in the future. Fix: ${fix}` });
  };
  for (const entry of entries) {
    if (entry.data === undefined) continue;
    if (entry.collection === 'sources') {
      const data = entry.data as { published?: PartialDate };
      check(entry.file, 'published', data.published, 'give the date the source was published, as it shows it.');
    }
    if (!isValidCampaign(entry)) continue;
    check(entry.file, 'launched', entry.data.launched, 'give the date the campaign launched, as a source reports it.');
    check(entry.file, 'ended', entry.data.ended, 'give the date it ended, as a source reports it, or leave ended out while it runs.');
    entry.data.metrics.forEach((m, i) =>
      check(entry.file, `metrics[${i}].asOf`, m.asOf, 'give the date the source says the figure was true.'),
    );
    entry.data.awards.forEach((a, i) => {
      if (a.year > today.getUTCFullYear())
        problems.push({
          file: entry.file,
          message: `awards[${i}].year: ${a.year} is in the future. Fix: give the year of the award show, as the awards body gives it.`,
        });
    });
  }
  return problems;
}

/**
 * What the planners' fields need beyond their schemas: an award cited to the awards body's own
 * page, and a target beside a reported result of the same kind and scope type, which is the
 * only way the page can show it (see lib/figures/targets.ts).
 */
export function plannerProblems(entries: readonly LoadedEntry[]): Problem[] {
  const sources = new Map(entries.filter((e) => e.collection === 'sources' && e.data !== undefined).map((e) => [e.id, e.data as SourceData]));
  return entries.filter(isValidCampaign).flatMap((entry) => {
    const messages: string[] = [];
    entry.data.awards.forEach((award, i) => {
      const kind = sources.get(award.source)?.kind;
      // A source that does not exist is reported by referenceProblems.
      if (kind !== undefined && kind !== 'award-entry')
        messages.push(
          `awards[${i}].source: "${award.source}" is a source of kind "${kind}", not the awards body's own page. Fix: cite the awards body's page for the entry or its results list (a source of kind award-entry, such as the entry on lovethework.com for Cannes Lions); an agency's case study or press about the award is not enough.`,
        );
    });
    const rows = metricRows(entry.data.metrics);
    entry.data.targets.forEach((target, i) => {
      if (!targetRow(target, rows))
        messages.push(
          `targets[${i}]: no result of kind "${target.kind}" with scope type "${target.scope.type}" in metrics, so the target has nothing to stand beside. Fix: add the reported result with its source to metrics, or describe the aim in the prose.`,
        );
    });
    return messages.map((message) => ({ file: entry.file, message }));
  });
}

/** A language tag that is English ("en", "en-GB"): its words need no translation. */
const isEnglish = (language: string) => language === 'en' || language.startsWith('en-');

/**
 * Words quoted from a source in another language carry their English, so that every reader can
 * follow every passage and quotation. (An English source may still need one, for the words of a
 * song or slogan in another language it quotes, so a translation is never refused.)
 */
export function translationProblems(entries: readonly LoadedEntry[]): Problem[] {
  const languages = new Map(
    entries.filter((e) => e.collection === 'sources' && e.data !== undefined).map((e) => [e.id, (e.data as SourceData).language]),
  );
  return entries.filter(isValidCampaign).flatMap((entry) => {
    const { lessons, objectives, targets, resources, awards, quotations } = entry.data;
    const fields = { lessons, objectives, targets, resources, awards };
    const yaml = 'translation: "…"';
    const quoted = [
      ...Object.entries(fields).flatMap(([name, items]) =>
        items.flatMap((item, i) =>
          item.passage === undefined ? [] : [{ subject: `${name}[${i}]: the passage`, source: item.source, translation: item.translation, field: yaml }],
        ),
      ),
      ...quotations.map((q, i) => ({ subject: `quotations[${i}]: the quotation`, source: q.source, translation: q.translation, field: yaml })),
      ...(entry.body ? bodyReport(entry, entry.body).cites : []).flatMap((c) =>
        c.passage === undefined
          ? []
          : [{ subject: `body (line ${c.line}): the passage of <Cite id="${c.id}" />`, source: c.id, translation: c.translation, field: 'translation="…"' }],
      ),
    ];
    return quoted.flatMap(({ subject, source, translation, field }) => {
      const language = languages.get(source);
      // A source that does not exist is reported by referenceProblems.
      if (language === undefined || isEnglish(language) || translation !== undefined) return [];
      return [
        {
          file: entry.file,
          message: `${subject} is from "${source}", a source in ${language}, and has no English translation. Fix: add ${field} with the words in English, so that every reader can follow them.`,
        },
      ];
    });
  });
}

/**
 * At least two sources on different sites for every case study, drafts included (issue 23):
 * with fewer, the first paragraph of the body says plainly that it rests on a single source.
 * Sites and the wordings that count are defined in single-source.ts.
 */
export function singleSiteProblems(entries: readonly LoadedEntry[]): Problem[] {
  const urls = new Map(entries.filter((e) => e.collection === 'sources' && e.data !== undefined).map((e) => [e.id, (e.data as SourceData).url]));
  return entries.filter(isValidCampaign).flatMap((entry) => {
    // A skeleton of `npm run new` is refused for its placeholders alone: its sources and first
    // paragraph are still to be written.
    if (entry.source.includes(PLACEHOLDER_TOKEN)) return [];
    const cited = citedSourceIds(entry.data);
    // A source that is missing or invalid is reported elsewhere: stay quiet rather than guess its site.
    if (cited.some((id) => !urls.has(id))) return [];
    const sites = sitesOf(cited.map((id) => urls.get(id)!));
    if (sites.length >= 2 || saysSingleSource(firstParagraph(entry.body?.text ?? ''))) return [];
    const found = sites.length ? `cites sources on one site only (${sites.join(', ')})` : 'cites no source';
    return [
      {
        file: entry.file,
        message: `sources: the case study ${found}, and its body does not open by saying so. Every case study needs at least two sources on different sites (subdomains of one site count as one). Fix: add a source on another site that you have read, or open the body with a paragraph saying plainly that the case study rests on a single source, e.g. "${SINGLE_SOURCE_EXAMPLE}" (see CONTRIBUTING.md, "At least two sites").`,
      },
    ];
  });
}

/** The MDX body: safe, not empty, and citing only sources the case study lists. */
const FIGURE_FIX = 'Fix: give the passage of the source that states it, or write only what the passages say.';
const COPY_FIX = 'Fix: say it in your own words, or quote it in quotation marks with who said it.';
const shown = (figures: readonly number[]) => figures.map((n) => n.toLocaleString('en')).join(', ');

/**
 * A figure in a cited sentence that none of its passages states: the commonest way a figure
 * drifts from its source. The markers that stand after the same words share their passages.
 */
function figureProblems(cites: readonly BodyCite[]): string[] {
  const groups = new Map<string, BodyCite[]>();
  for (const cite of cites) {
    const key = `${cite.line}\u0000${cite.claim}`;
    groups.set(key, [...(groups.get(key) ?? []), cite]);
  }
  return [...groups.values()].flatMap((group) => {
    // A translation counts: a figure in another script ("200 مليون") is stated in its English.
    const passages = group.flatMap((c) => (c.passage === undefined ? [] : [c.passage, c.translation ?? '']));
    const missing = passages.length ? figuresMissing(group[0]!.claim, passages) : [];
    const markers = group.map((c) => `<Cite id="${c.id}" />`).join(' ');
    return missing.length ? [`body (line ${group[0]!.line}): the words before ${markers} state ${shown(missing)}, which its passages do not. ${FIGURE_FIX}`] : [];
  });
}

export function bodyProblems(entries: readonly LoadedEntry[]): Problem[] {
  const sources = entries.filter((e) => e.collection === 'sources').map((e) => e.id);
  return entries.flatMap((entry) => {
    if (!entry.body) return [];
    const report = bodyReport(entry, entry.body);
    const messages = [...report.messages];
    if (report.empty)
      messages.push(
        'body: is empty. Fix: write the case study below the frontmatter, under ## Context, ## What they did, ## Results, ## Reception and ## Lessons (see CONTRIBUTING.md).',
      );
    for (const { id, line, passage, translation } of report.cites) {
      // Without the source's words, nobody can see what in the source supports the sentence.
      if (passage === undefined)
        messages.push(
          translation === undefined
            ? `body (line ${line}): <Cite id="${id}" /> has no passage, so a reader cannot see what in the source supports the sentence. Fix: ${missingPassageFix((name, words) => `${name}="${words}"`)}.`
            : `body (line ${line}): <Cite id="${id}" /> has a translation but no passage. Fix: add passage="…" with the source's own words, and keep translation="…" for its English.`,
        );
      const problem = passage === undefined ? undefined : passageProblem(passage);
      if (problem) messages.push(`body (line ${line}): the passage of <Cite id="${id}" /> ${problem}.`);
    }
    messages.push(...figureProblems(report.cites));
    if (isValidCampaign(entry)) {
      // Lessons and objectives are written in our own words, each resting on its passage.
      const written = [
        ...entry.data.lessons.map((l, i) => ({ field: `lessons[${i}]`, noun: 'lesson', ...l })),
        ...entry.data.objectives.map((o, i) => ({ field: `objectives[${i}]`, noun: 'objective', ...o })),
      ];
      const { targets, resources, awards } = entry.data;
      const runs = passageRuns(
        [...report.cites, ...written, ...targets, ...resources, ...awards].flatMap((c) => (c.passage === undefined ? [] : [c.passage])),
      );
      const claims = new Map(report.cites.map((c) => [c.claim, c.line]));
      for (const [claim, line] of claims) {
        const run = copiedRun(claim, runs);
        if (run) messages.push(`body (line ${line}): repeats ${COPY_RUN} or more words of a passage: "${run}". ${COPY_FIX}`);
      }
      for (const { field, noun, text, passage, translation } of written) {
        const missing = figuresMissing(text, [passage, translation ?? '']);
        if (missing.length) messages.push(`${field}: the ${noun} states ${shown(missing)}, which its passage does not. ${FIGURE_FIX}`);
        const run = copiedRun(text, runs);
        if (run) messages.push(`${field}: repeats ${COPY_RUN} or more words of a passage: "${run}". ${COPY_FIX}`);
      }
      const cited = citedSourceIds(entry.data);
      for (const { id, line } of report.cites) {
        if (cited.includes(id)) continue;
        if (sources.includes(id)) {
          messages.push(
            `body (line ${line}): <Cite id="${id}" /> names a source this case study does not cite. Fix: add "${id}" to sources in the frontmatter.`,
          );
        } else {
          const near = closest(id, sources);
          messages.push(
            `body (line ${line}): <Cite id="${id}" /> names no source: there is no content/sources/${id}.yaml. Fix: ${near ? `did you mean "${near}"? Otherwise ` : ''}add the source file and list "${id}" in sources.`,
          );
        }
      }
    }
    return messages.map((message) => ({ file: entry.file, message }));
  });
}
