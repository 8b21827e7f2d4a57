/** The arithmetic and units the benches report in: totals, medians and kilobytes. */

/** The total of one numeric field over a list, such as the gzipped bytes of a page's transfers. */
export const sum = <K extends string>(list: readonly Record<K, number>[], key: K) => list.reduce((total, item) => total + item[key], 0);

/** The middle value (the upper one of an even count): one slow run on a busy machine does not move it. */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Bytes as kilobytes of 1,024, one decimal. */
export const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
