/** Checking the open-data files against their documentation on /data/ (src/lib/open-data/fields.ts). */
import { OPEN_DATA_FIELDS, jsonPaths } from '../../src/lib/open-data/fields.ts';

/**
 * The fields of a file that `table` does not document. A Source's own fields are documented
 * once, wherever a Source sits, as are a Date's.
 */
export function undocumented(value: unknown, table: Record<string, readonly string[]>): string[] {
  const docs = OPEN_DATA_FIELDS;
  return jsonPaths(value).filter((path) => {
    if (path in table) return false;
    const inSource = /(?:^|\.)(?:source|sources\[\])\.(.+)$/.exec(path);
    const [field, fields]: [string, Record<string, readonly string[]>] = inSource ? [inSource[1]!, docs.source] : [path, table];
    if (field in fields) return false;
    const dateField = /^(.+)\.(date|precision)$/.exec(field);
    return !(dateField && fields[dateField[1]!]?.[0]?.startsWith('Date') && dateField[2]! in docs.date);
  });
}
