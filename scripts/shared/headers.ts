/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: blocks of a URL pattern followed by
 * indented `Name: value` lines. The static test server applies it, so browser tests run
 * under the same headers as production.
 */
export type HeaderRules = { pattern: string; headers: Record<string, string> }[];

export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers for a URL path: every rule whose pattern matches (`*` matches anything). */
export function headersFor(rules: HeaderRules, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (pattern.test(path)) Object.assign(out, rule.headers);
  }
  return out;
}
