/** Words and edit distance: what the explorer's find box, the compare box and the checker's "did you mean" share. */

/** The words of a text, lower-cased and without accents, for matching typed words against names. */
export const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Edit distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The hashtags a title does not already say, to show beside it ("#ForClimate" is not shown again under "#ForClimate"). */
export const hashtagsBeyond = (title: string, hashtags: readonly string[]) => hashtags.filter((tag) => !title.includes(tag));
