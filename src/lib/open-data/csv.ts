/** CSV as RFC 4180 says: comma-separated, CRLF line ends, fields quoted when they must be. */

export type CsvValue = string | number | null | undefined;

/**
 * The UTF-8 byte-order mark every CSV file starts with. RFC 4180 does not need it, but Excel on
 * Windows reads a CSV without it in the system's legacy code page, which garbles "Ghen Cô Vy"
 * and "#Марафондобра2022"; with it, Excel, LibreOffice and most CSV readers take the file as UTF-8.
 */
export const CSV_BOM = '\uFEFF';

/** A field, quoted (with inner quotes doubled) when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the byte-order mark, a header row, then the records, each line ended by CRLF. */
export function toCsv(header: readonly string[], records: readonly (readonly CsvValue[])[]): string {
  return CSV_BOM + [header, ...records].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
