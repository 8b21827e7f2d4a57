/** How a source's title is shown: the page's own headline, or a description of ours. */
import { titleIsDescription, type SourceData } from '../../schemas/taxonomy.ts';

/** A source's title as a page shows it. */
export interface ShownTitle {
  text: string;
  /** The headline's language, when it is not the page's English; none for a [description], which is ours. */
  lang: string | undefined;
  /** The headline in English, for a headline in another language. */
  translation: string | undefined;
  /** The title is a [description] of ours: shown as written, brackets and all, never in quotation marks. */
  untitled: boolean;
}

export function shownTitle(data: Pick<SourceData, 'title' | 'titleTranslation' | 'language'>): ShownTitle {
  const untitled = titleIsDescription(data.title);
  return {
    text: data.title,
    lang: untitled || data.language === 'en' ? undefined : data.language,
    translation: untitled ? undefined : data.titleTranslation,
    untitled,
  };
}
