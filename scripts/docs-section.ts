/**
 * Sections of a Markdown document that a script writes: everything between the comments
 * `<!-- name:start … -->` and `<!-- name:end -->` belongs to that script, the rest to people. A
 * script replaces only its own section and refuses to write when a marker is missing, so a
 * generated table never lands somewhere nobody will look, nor overwrites prose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

/** The figures the benches measure, with a section per script that writes its table there. */
export const BENCHMARKS = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The markers of section `name`: the start comment may say more after its name, such as who writes it. */
function markers(text: string, name: string): { bodyStart: number; bodyEnd: number } {
  const start = new RegExp(`<!-- ${escape(name)}:start\\b[^>]*-->`).exec(text);
  const end = `<!-- ${name}:end -->`;
  const endAt = text.indexOf(end);
  if (!start || endAt === -1) throw new Error(`the section "${name}" needs the markers <!-- ${name}:start --> and ${end}`);
  const bodyStart = start.index + start[0].length;
  if (endAt < bodyStart) throw new Error(`the section "${name}" ends before it starts`);
  return { bodyStart, bodyEnd: endAt };
}

/** `text` with the body of section `name` replaced by `body`; the markers and everything else stay. */
export function replaceSection(text: string, name: string, body: string): string {
  const { bodyStart, bodyEnd } = markers(text, name);
  return `${text.slice(0, bodyStart)}\n\n${body.trim()}\n\n${text.slice(bodyEnd)}`;
}

/** Throws now, before a long run, if `file` has no section `name` to write into. */
export function assertSection(file: string, name: string): void {
  markers(readFileSync(file, 'utf8'), name);
}

/** Markdown formatted as Prettier formats `file` (tables aligned), so `prettier --check` passes. */
export async function formatMarkdown(file: string, text: string): Promise<string> {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

/** Replaces section `name` of `file` with `body`, formatted. */
export async function writeSection(file: string, name: string, body: string): Promise<void> {
  writeFileSync(file, await formatMarkdown(file, replaceSection(readFileSync(file, 'utf8'), name, body)));
}

/** A Markdown table: the first row is the header; `align` has one letter a column, l or r. */
export function markdownTable(align: string, rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = rows[0]!.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [line(rows[0]!), line(rule), ...rows.slice(1).map(line)].join('\n');
}
