/** How a source is named in running text and lists. */
import { formatPartialDate, type PartialDate } from './dates.ts';

interface SourceLike {
  publisher: string;
  published?: PartialDate | undefined;
}

/** "European Commission newsroom, 20 November 2019", or "…, undated". */
export function sourceLabel(source: SourceLike): string {
  return `${source.publisher}, ${source.published ? formatPartialDate(source.published) : 'undated'}`;
}

/** The in-page anchor of a source in a case study's source list. */
export const sourceAnchor = (id: string) => `source-${id}`;
