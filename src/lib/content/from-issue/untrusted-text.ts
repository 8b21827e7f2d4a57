/**
 * What a stranger's text may hold before it goes into a case study. It ends up inside MDX, which
 * compiles `{…}` and `<…>` to JavaScript, inside YAML, and on a pull request that a shell may
 * see; so anything that could be read as code, markup or a command is refused, with a fix, and
 * never escaped into something that still looks like it.
 */

interface Rule {
  pattern: RegExp;
  /** What the text seems to do, as the message says it. */
  what: string;
  fix: string;
}

const RULES: readonly Rule[] = [
  // eslint-disable-next-line no-control-regex
  { pattern: /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/u, what: 'an invisible control character', fix: 'retype the text without it' },
  { pattern: /<\s*\/?\s*script/i, what: '<script>, which would run code in a reader\'s browser', fix: 'leave it out' },
  { pattern: /<(?!\s*\/?\s*script)/i, what: '"<", which MDX reads as the start of an HTML or JSX tag', fix: 'leave out "<" (write "less than" in words)' },
  { pattern: /[{}]/, what: 'a curly bracket, which MDX runs as JavaScript', fix: 'leave out "{" and "}"' },
  { pattern: /`/, what: 'a backtick, which marks code (and runs a command in a shell)', fix: 'leave out backticks, or use quotation marks' },
  { pattern: /\$[({]/, what: 'a "$(" or "${", which a shell runs as a command', fix: 'leave it out' },
  { pattern: /^\s*(?:import|export)\b/im, what: 'a line starting with import or export, which MDX runs as a module statement', fix: 'start the line with another word' },
  { pattern: /\]\s*\(|!\[|\]\s*\[/, what: 'a Markdown link or image', fix: 'leave links out of the text: put each address under Sources' },
  { pattern: /\b(?:javascript|vbscript|data)\s*:/i, what: 'a javascript:, vbscript: or data: address, which can run code', fix: 'leave it out: sources are https:// addresses' },
  { pattern: /&#?\w+;/, what: 'an HTML character reference such as &lt;, which can hide a tag', fix: 'type the character itself, or leave it out' },
  { pattern: /\\/, what: 'a backslash, which escapes characters in Markdown and YAML', fix: 'leave it out' },
  { pattern: /^\s{0,3}(?:#{1,6}\s|>|-{3,}\s*$|={3,}\s*$|\*{3,}\s*$|\|)/m, what: 'Markdown formatting at the start of a line (a heading, quotation, rule or table)', fix: 'write plain sentences' },
];

/** Every reason `text` cannot go into a case study, each with its fix; none for plain text. */
export function unsafeTextProblems(text: string): string[] {
  return RULES.filter((r) => r.pattern.test(text)).map((r) => `contains ${r.what}. Fix: ${r.fix}.`);
}
