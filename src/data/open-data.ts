/**
 * The open-data downloads as /data/ lists them, each with its note, for that page and for the
 * descriptions of datapackage.json, so the two always describe the files alike.
 */
import type { Catalogue } from '~/data/catalogue.ts';
import { OPEN_DATA_COLLECTIONS } from '~/lib/open-data/records.ts';
import { paths } from '~/lib/site/paths.ts';
import { ui } from '~/i18n/ui.ts';

export interface Download {
  href: string;
  /** The file name, as the link reads. */
  label: string;
  note: string;
}

const fileName = (path: string) => path.split('/').pop()!;

/** The files of every case study (and the feed), then one file per collection: /data/'s two lists. */
export function openDataDownloads(catalogue: Pick<Catalogue, 'campaigns' | (typeof OPEN_DATA_COLLECTIONS)[number]>) {
  const t = ui.openData;
  const { campaigns } = catalogue;
  const claims = campaigns.reduce((n, c) => n + c.metrics.length, 0);
  const citations = campaigns.reduce((n, c) => n + c.citations.length, 0);
  const files: Download[] = [
    { href: paths.dataJson, label: t.jsonLabel, note: t.jsonNote(campaigns.length) },
    { href: paths.dataJsonl, label: t.jsonlLabel, note: t.jsonlNote },
    { href: paths.dataCaseStudies, label: t.caseStudiesLabel, note: t.caseStudiesNote(campaigns.length) },
    { href: paths.dataCsv, label: t.csvLabel, note: t.csvNote(claims) },
    { href: paths.dataClaims, label: t.claimsLabel, note: t.claimsNote(citations) },
    { href: paths.rss, label: t.rssLabel, note: t.rssNote },
  ];
  const collections = OPEN_DATA_COLLECTIONS.map((name) => ({
    name,
    href: paths.dataCollection(name),
    label: fileName(paths.dataCollection(name)),
    note: t.collectionNotes[name](catalogue[name].length),
  }));
  return { files, collections };
}
