/**
 * The figures a sentence states, as numbers, so the checker can tell whether a cited sentence
 * says a figure its passages do not: the commonest way a figure drifts from its source.
 * "2.6 billion", "2,600,000,000" and "2.6B" are one figure. Dates are not figures: a year on its
 * own, a day beside a month's name, and a time of day are left out.
 */

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

// A number (with thousands commas or spaces, and decimals), then an optional scale word or suffix.
const FIGURE = /(?<![\p{L}\p{N}.,:/])(?<!\p{L}-)(\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+)(?:\.(\d+))?(?:\s?(thousand|million|billion|trillion|lakhs?|crores?|mn|bn|[kmb])\b)?/giu;
const DAY_BESIDE_MONTH = new RegExp(`^\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s*$`, 'i');
// The first day of a range of days: "21 to 27 January", "19–21 May".
const DAY_RANGE = new RegExp(`^\\s*(?:to|–|-|and)\\s*\\d{1,2}\\s+(?:${MONTHS})\\b`, 'i');

/** Every figure stated in `text`, as a number, dates and times of day aside. */
export function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, digits, decimals, scale] = match;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + whole.length);
    // A time of day (8:30), or digits that are part of a name (7NEWS, 9News).
    if (/^:\d/.test(after) || /\d:$/.test(before) || (!scale && /^\p{L}/u.test(after) && !/^(?:st|nd|rd|th)\b/i.test(after))) continue;
    const plain = Number(digits!.replace(/[,\u202f\u00a0 ]/g, '') + (decimals ? `.${decimals}` : ''));
    if (!scale) {
      // A number that is part of a name mid-sentence: "France 24", "Channel 4".
      if (plain < 1000 && /[\p{L},]\s+\p{Lu}\p{L}*\s$/u.test(before)) continue;
      if (/^\d{4}$/.test(digits!) && !decimals && plain >= 1900 && plain <= 2100) continue;
      if (plain <= 31 && !decimals && (DAY_BESIDE_MONTH.test(after) || DAY_RANGE.test(after) || MONTH_BEFORE.test(before))) continue;
    }
    out.push(Math.round(plain * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1) * 1e6) / 1e6);
  }
  return out;
}

/** The figures of `claim` that none of `passages` states, in the order the claim gives them. */
export function figuresMissing(claim: string, passages: readonly string[]): number[] {
  const stated = new Set(passages.flatMap(figuresIn));
  return figuresIn(claim).filter((n) => !stated.has(n));
}
