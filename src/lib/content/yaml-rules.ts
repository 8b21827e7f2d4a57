/**
 * How YAML in content/ must be written, checked on the text before it is parsed. Each rule
 * refuses something YAML reads differently from how it looks: a comment after a value (` #`
 * starts one, so the rest of the line silently leaves the text), a key given twice, a tab or a
 * byte-order mark (invisible), a date with a time (Astro's parser reads a moment in UTC, so the
 * day can shift) or an impossible date (moved to the next month), a number with a leading zero
 * (dropped), an anchor or alias (`&Co` is a name,
 * not text). The rules read the tokens of the `yaml` package's parser, so a `#` inside quotes or
 * a block scalar (`|`, `>`) is text, as YAML itself sees it.
 */
import { CST, LineCounter, Parser } from 'yaml';
import { parsePartialDate } from '../../schemas/dates.ts';
import { show } from './problem.ts';

/** One broken rule: where it is (1-based, in the file), the field it is in, and what to do. */
export interface YamlFinding {
  line: number;
  column: number;
  /** The field as keys and indexes, `['metrics', 2, 'value']`; empty when no field contains it. */
  path: readonly PropertyKey[];
  /** What is wrong and the fix: `… Fix: …`. */
  message: string;
}

const BOM = '\uFEFF';

/** What YAML 1.1 (Astro's parser) reads as a timestamp with a time, plus `2020-03-25 10:00`. */
const TIMESTAMP = /^(\d{4}-\d{1,2}-\d{1,2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?$/;

/** What YAML reads as a date alone; Astro's parser rolls an impossible one (31 April) into the next month. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number whose first digit is a zero followed by more digits: `0123`, `-08`, `012.5`; not `0` or `0.5`. */
const LEADING_ZERO = /^[-+]?0\d+(?:\.\d*)?$/;

const QUOTE_FIX = 'Fix: quote the value: put the whole text in double quotes';

/** The byte-order mark some editors put before the first character, if the file has one. */
export function bomFinding(source: string): YamlFinding | undefined {
  if (!source.startsWith(BOM)) return undefined;
  return {
    line: 1,
    column: 1,
    path: [],
    message: 'the file starts with a byte-order mark, an invisible character some editors add. Fix: save the file as UTF-8 without BOM.',
  };
}

/** The first tab on each line: YAML refuses tabs in indentation, and elsewhere they look like spaces. */
function tabFindings(text: string, firstLine: number): YamlFinding[] {
  return text.split('\n').flatMap((line, index) => {
    const column = line.indexOf('\t');
    if (column === -1) return [];
    return [
      {
        line: firstLine + index,
        column: column + 1,
        path: [],
        message: 'a tab character, which YAML refuses in indentation and editors show at different widths. Fix: replace it with spaces.',
      },
    ];
  });
}

type Token = CST.Token | CST.SourceToken;
type Item = CST.BlockMap['items'][number] | CST.BlockSequence['items'][number] | CST.FlowCollection['items'][number];

/** The tree walk: positions, findings, and whether the parser met text it could not read. */
class Walk {
  readonly findings: YamlFinding[] = [];
  broken = false;
  private readonly lines = new LineCounter();
  private readonly text: string;
  private readonly firstLine: number;

  constructor(text: string, firstLine: number) {
    this.text = text;
    this.firstLine = firstLine;
  }

  tokens(): Token[] {
    return [...new Parser(this.lines.addNewLine).parse(this.text)];
  }

  /** Line and column in the file of an offset in the text. */
  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line: line + this.firstLine - 1, column: col };
  }

  add(offset: number, path: readonly PropertyKey[], message: string) {
    this.findings.push({ ...this.position(offset), path, message });
  }

  /** Comments, anchors and parse errors among the tokens around a node. */
  sourceTokens(tokens: readonly Token[] | undefined, path: readonly PropertyKey[]) {
    for (const token of tokens ?? []) this.node(token, path);
  }

  node(token: Token, path: readonly PropertyKey[]) {
    switch (token.type) {
      case 'error':
        this.broken = true;
        return;
      case 'comment': {
        const lineStart = this.text.lastIndexOf('\n', token.offset - 1) + 1;
        if (this.text.slice(lineStart, token.offset).trim() === '') return;
        this.add(
          token.offset,
          path,
          `a comment follows the value on the same line: YAML reads " #" as the start of a comment, so ${show(token.source)} is left out of the value. A comment stands on a line of its own. ${QUOTE_FIX}, or move the comment to a line of its own.`,
        );
        return;
      }
      case 'anchor':
        this.add(
          token.offset,
          path,
          `${show(token.source)} is read as a YAML anchor (a name for the value), not as text, so it is left out of the value. ${QUOTE_FIX}.`,
        );
        return;
      case 'alias':
        this.add(
          token.offset,
          path,
          `${show(token.source)} is read as a YAML alias (a copy of another value), not as text. ${QUOTE_FIX}, or write the value out.`,
        );
        this.sourceTokens(token.end, path);
        return;
      case 'scalar':
        this.plainScalar(token, path);
        this.sourceTokens(token.end, path);
        return;
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        this.sourceTokens(token.end, path);
        return;
      case 'block-scalar':
        this.sourceTokens(token.props, path);
        return;
      case 'document':
        this.sourceTokens(token.start, path);
        if (token.value) this.node(token.value, path);
        this.sourceTokens(token.end, path);
        return;
      case 'doc-end':
        this.sourceTokens(token.end, path);
        return;
      case 'block-map':
      case 'block-seq':
        this.items(token.items, token.type === 'block-map', path);
        return;
      case 'flow-collection':
        this.node(token.start, path);
        this.items(token.items, token.start.source === '{', path);
        this.sourceTokens(token.end, path);
        return;
      default:
        return;
    }
  }

  /** The entries of a mapping or sequence, each under its key or index; a key given twice is refused. */
  items(items: readonly Item[], isMap: boolean, path: readonly PropertyKey[]) {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      this.sourceTokens(item.start, path);
      const key = 'key' in item && item.key ? item.key : undefined;
      const name = key && CST.isScalar(key) ? CST.resolveAsScalar(key).value : undefined;
      const itemPath = isMap ? (name === undefined ? path : [...path, name]) : [...path, index];
      if (key) this.node(key, itemPath);
      if (isMap && key && name !== undefined) {
        const first = seen.get(name);
        if (first !== undefined)
          this.add(
            key.offset,
            itemPath,
            `the key ${show(name)} is given twice at the same level (first on line ${first}), so it is not clear which value is meant. Fix: keep one of them.`,
          );
        else seen.set(name, this.position(key.offset).line);
      }
      this.sourceTokens('sep' in item ? item.sep : undefined, itemPath);
      if (item.value) this.node(item.value, itemPath);
    });
  }

  /** Unquoted text that YAML turns into something else than what was typed. */
  plainScalar(token: CST.FlowScalar, path: readonly PropertyKey[]) {
    const timestamp = TIMESTAMP.exec(token.source);
    if (timestamp)
      this.add(
        token.offset,
        path,
        `${token.source} is a date with a time, which YAML reads as a moment in UTC, so the day can shift. Fix: write the day alone, YYYY-MM-DD, as the source gives it (${timestamp[1]}).`,
      );
    else if (DATE.test(token.source) && !parsePartialDate(token.source))
      this.add(
        token.offset,
        path,
        `"${token.source}" is not a real date, which YAML would move to the next month. Fix: write a real date, YYYY-MM-DD, YYYY-MM or YYYY (for example 2019-10-25).`,
      );
    else if (LEADING_ZERO.test(token.source))
      this.add(
        token.offset,
        path,
        `${token.source} starts with a zero, which YAML drops: it reads the number ${Number(token.source)}. Fix: quote it ("${token.source}") if the zero belongs to it, or drop the zero.`,
      );
  }
}

/**
 * Every broken rule in the YAML `text`, whose first line is line `firstLine` of its file (2 for
 * MDX frontmatter, below the opening `---`), in the order they appear. Text the parser cannot
 * read gets only the tab rule: the YAML loader then explains what is wrong with it.
 */
export function yamlFindings(text: string, firstLine = 1): YamlFinding[] {
  const walk = new Walk(text, firstLine);
  for (const token of walk.tokens()) walk.node(token, []);
  const findings = walk.broken ? [] : walk.findings;
  return [...findings, ...tabFindings(text, firstLine)].sort((a, b) => a.line - b.line || a.column - b.column);
}
