/**
 * Partial dates. Sources often give only a month ("end of May 2019") or a year, so a date
 * carries its precision and is never shown more precisely than it is known.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** The date as written, normalised: `2019`, `2019-05` or `2019-05-29`. */
  iso: string;
  /** How much of the date is known. */
  precision: DatePrecision;
  /** The first day the date can mean, at 00:00 UTC, for sorting and comparing. */
  start: Date;
  /** The last day the date can mean, at 00:00 UTC: a month-precise end date covers the month. */
  end: Date;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a Date or a year number; undefined if impossible. */
export function parsePartialDate(raw: unknown): PartialDate | undefined {
  let text: string;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return undefined;
    text = raw.toISOString().slice(0, 10);
  } else if (typeof raw === 'number' && Number.isInteger(raw)) {
    text = String(raw);
  } else if (typeof raw === 'string') {
    text = raw.trim();
  } else {
    return undefined;
  }
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined) {
    const probe = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 31 April over to 1 May: a changed month means the day does not exist.
    if (probe.getUTCMonth() !== month - 1 || day < 1) return undefined;
    return { iso: text, precision: 'day', start: probe, end: probe };
  }
  if (month !== undefined) {
    return {
      iso: text,
      precision: 'month',
      start: new Date(Date.UTC(year, month - 1, 1)),
      end: new Date(Date.UTC(year, month, 0)),
    };
  }
  return { iso: text, precision: 'year', start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year, 11, 31)) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "25 October 2019", "May 2019" or "2019": only as precise as the date is known. */
export function formatPartialDate(date: PartialDate): string {
  const [y, m, d] = date.iso.split('-');
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (date.precision === 'year' || month === undefined) return `${y}`;
  if (date.precision === 'month' || d === undefined) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

const PRECISIONS: DatePrecision[] = ['year', 'month', 'day'];

/**
 * Dates written side by side (a chart's axis) at the precision of the least precise of them, so
 * that one reads "2019 … 2020", never "19 November 2019 … 2020": none is shown more precisely
 * than all are known.
 */
export function formatAlike(dates: readonly PartialDate[]): string[] {
  const precision = PRECISIONS[Math.min(...dates.map((d) => PRECISIONS.indexOf(d.precision)))] ?? 'year';
  return dates.map((date) => formatPartialDate({ ...date, precision }));
}

/** The year a partial date falls in. */
export function yearOf(date: PartialDate): number {
  return date.start.getUTCFullYear();
}

/** True when `end` cannot be before `start`, at the precision each is known. */
export function isOrdered(start: PartialDate, end: PartialDate): boolean {
  return end.end.getTime() >= start.start.getTime();
}

/** Something launched on a partial date, with an id to order ties by: a case study. */
interface Launched {
  id: string;
  data: { launched: PartialDate };
}

const launchTime = (item: Launched) => item.data.launched.start.getTime();

/** Newest launch first, a shared start by id: the order of every list of case studies. */
export const newestFirst = (a: Launched, b: Launched) => launchTime(b) - launchTime(a) || a.id.localeCompare(b.id);

/**
 * Oldest launch first, a shared start by id: the timeline's order. Not `newestFirst` reversed,
 * which would read ties backwards.
 */
export const oldestFirst = (a: Launched, b: Launched) => launchTime(a) - launchTime(b) || a.id.localeCompare(b.id);
