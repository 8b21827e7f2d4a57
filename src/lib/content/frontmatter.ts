/** The parts of an MDX file and the names of its fields, as the checker and the scaffolder both read them. */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits an MDX file into its frontmatter text and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyStartLine: number } | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

/** Formats a Zod issue path the way it reads in YAML: `metrics[2].source`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
