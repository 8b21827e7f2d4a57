/** CSV as RFC 4180 says: comma-separated, CRLF line ends, fields quoted when they must be. */

export type CsvValue = string | number | null | undefined;

/** A field, quoted (with inner quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a header row then the records, each line ended by CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly CsvValue[])[]): string {
  return [header, ...records].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
