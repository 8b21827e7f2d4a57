/**
 * MDX safety. A case study's body is parsed with the MDX parser Astro itself uses (satteri), so
 * code spans and code blocks are understood exactly as the build will, and then walked:
 * only the author components in src/author-components/ may appear, with their own attributes;
 * no raw HTML, script-like element, event handler, import/export, code expression, or link
 * that runs code. It also collects every `<Cite id="…" />` for the citation check.
 */
import { mdxToMdast } from 'satteri';
import { AUTHOR_COMPONENT_PROPS, type AuthorComponentName, type ComponentProps } from '../../author-components/allowlist.ts';

/** What the body check found: messages (each starting with `body (line N)`), citations, emptiness. */
export interface BodyReport {
  messages: string[];
  /** Each `<Cite>` in order: its source, its line, the passage and translation it quotes, and its claim. */
  cites: BodyCite[];
  /** True when the body holds nothing but white space and comments. */
  empty: boolean;
}

export interface BodyCite {
  id: string;
  line: number;
  passage?: string | undefined;
  translation?: string | undefined;
  /**
   * The words the marker stands after: the text of its paragraph since the marker before it (or
   * the paragraph's start), which is the claim the source is cited for. Two markers in a row share it.
   */
  claim: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Elements that run code or pull in other documents: named in their own, sterner message. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'link',
  'meta',
  'form',
]);
const componentList = (components: ComponentProps) =>
  Object.keys(components)
    .map((name) => `<${name} />`)
    .join(', ');
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;

/**
 * Why a link target is refused, or undefined when it is fine. Browsers ignore tabs, new lines
 * and leading spaces in a scheme (`java\tscript:`), so those are removed before looking.
 */
export function linkProblem(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined || scheme === 'https' || scheme === 'mailto') return undefined;
  if (scheme === 'javascript' || scheme === 'vbscript')
    return `is not allowed: ${scheme}: links run code in the reader's browser. Fix: link to an https:// web address instead.`;
  if (scheme === 'data')
    return 'is not allowed: data: links can hide any content, including code. Fix: link to an https:// web address instead.';
  if (scheme === 'http') return 'is not https. Fix: use the https:// version of the address (most sites have one).';
  return `uses the ${scheme}: scheme, but links must be https:// web addresses (or mailto:). Fix: link to an https:// address.`;
}

/**
 * `components` is the allowlist of the body's collection: a case study's author components by
 * default, the prose pages' own (PAGE_COMPONENT_PROPS) for content/pages/.
 */
export function checkMdxBody(body: string, bodyStartLine = 1, components: ComponentProps = AUTHOR_COMPONENT_PROPS): BodyReport {
  const report: Walking = { messages: [], cites: [], empty: true, pending: [], lastClaim: '', components };
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(text);
    const where = at ? `line ${Number(at[1]) + bodyStartLine - 1}, column ${at[2]}` : `from line ${bodyStartLine}`;
    const reason = (at ? text.slice(at[0].length) : text).replace(/ \(\d+:\d+\)/, '').replace(/ \([\w-]+:[\w-]+\)$/, '');
    report.messages.push(
      `body (${where}): the MDX cannot be read: ${reason}. Fix: close every tag you open (<Cite id="…" /> ends with "/>"), write a literal "<" or "{" as \\< or \\{, and use {/* … */} for comments.`,
    );
    report.empty = body.trim() === '';
    return report;
  }
  walk(tree, bodyStartLine, report);
  return { messages: report.messages, cites: report.cites, empty: report.empty };
}

/** The report while the tree is walked: the text since the last marker of the current paragraph, and that marker's claim. */
type Walking = BodyReport & { pending: string[]; lastClaim: string; components: ComponentProps };

function walk(node: Node, offset: number, report: Walking): void {
  const line = (node.position?.start.line ?? 1) + offset - 1;
  const say = (message: string) => report.messages.push(`body (line ${line}): ${message}`);
  switch (node.type) {
    case 'root':
      break;
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      report.empty = false;
      report.pending = [];
      report.lastClaim = '';
      break;
    case 'text':
    case 'inlineCode':
      report.empty = false;
      report.pending.push(String(node.value));
      break;
    case 'mdxjsEsm':
      report.empty = false;
      say(
        `import and export statements are not allowed in a case study (found ${JSON.stringify(firstLine(node.value))}). Fix: delete the line; ${componentList(report.components)} work without an import.`,
      );
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (COMMENT_ONLY.test(String(node.value))) return;
      report.empty = false;
      say(
        `{${firstLine(node.value)}} is code, which a case study may not contain. Fix: delete it; to show a curly brace as text, write \\{.`,
      );
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      report.empty = false;
      checkElement(node, say, report, line);
      break;
    case 'link':
    case 'image':
    case 'definition': {
      report.empty = false;
      const problem = linkProblem(node.url ?? '');
      if (problem) say(`the ${node.type === 'image' ? 'image' : 'link'} "${node.url}" ${problem}`);
      break;
    }
    default:
      report.empty = false;
  }
  for (const child of node.children ?? []) walk(child, offset, report);
}

function checkElement(node: Node, say: (message: string) => void, report: Walking, line: number): void {
  const name = node.name ?? '';
  const tag = `<${name}>`;
  const allowed = report.components[name];
  if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    say(
      `${tag} is not allowed in a case study: it can run code or load content from elsewhere. Fix: delete it; to point readers at a video or post, link to it with [text](https://…).`,
    );
  } else if (!allowed) {
    say(
      `${tag} is not allowed: a case study may use Markdown and the author components ${componentList(report.components)}, but no other HTML or component. Fix: write it in Markdown (## heading, **bold**, [text](https://…)) or use one of those components.`,
    );
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      say(`${tag} has a {…} spread attribute, which is code. Fix: write each attribute as name="text".`);
      continue;
    }
    const attr = attribute.name ?? '';
    const value = attribute.value;
    if (/^on/i.test(attr)) {
      say(`${attr}=… on ${tag} is an inline event handler, which runs code and is never allowed. Fix: delete the ${attr} attribute.`);
      continue;
    }
    const problem = typeof value === 'string' ? linkProblem(value) : undefined;
    if (problem?.startsWith('is not allowed')) {
      say(`${attr}="${String(value)}" on ${tag} ${problem}`);
      continue;
    }
    if (!allowed) continue;
    if (!allowed.includes(attr)) {
      say(
        `${tag} has no attribute "${attr}" (it takes ${allowed.length ? allowed.map((a) => `${a}="…"`).join(', ') : 'none'}). Fix: delete ${attr}.`,
      );
    } else if (typeof value !== 'string') {
      say(`${attr} on ${tag} must be plain text in quotes, not code. Fix: write ${attr}="…".`);
    }
  }
  if (name === ('Cite' satisfies AuthorComponentName)) {
    const text = (attr: string) => {
      const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attr)?.value;
      return typeof value === 'string' ? value : undefined;
    };
    const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const claim = report.pending.join('').replace(/\s+/g, ' ').replace(/^[\s.,;:!?)\]]+/, '').trim() || report.lastClaim;
    report.pending = [];
    report.lastClaim = claim;
    if (typeof id === 'string') report.cites.push({ id, line, passage: text('passage'), translation: text('translation'), claim });
    else if (id === undefined)
      say('<Cite /> needs the id of a source. Fix: write <Cite id="source-id" />, with the name of a file in content/sources/.');
  }
}

function firstLine(value: unknown): string {
  const text = String(value).split('\n')[0]!.trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
