/**
 * CONTRIBUTING.md documents every field of every schema, is in step with the schemas, and has
 * examples that the content check accepts: contributors copy them, so a wrong one spreads.
 */
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CONTRIBUTING, schemaReference, withReference } from '../../../scripts/schema-docs.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';
import { formatPath, splitFrontmatter } from '../../../src/lib/content/load.node.ts';
import { checkMdxBody } from '../../../src/lib/content/mdx-safety.ts';
import { yamlFindings } from '../../../src/lib/content/yaml-rules.ts';

const text = readFileSync(CONTRIBUTING, 'utf8');

it('has the generated frontmatter reference, up to date (run `npm run docs:schema` if not)', async () => {
  expect(await withReference(text)).toBe(text);
});

it('documents every field of every collection', () => {
  const reference = schemaReference();
  for (const [name, { schema }] of Object.entries(COLLECTIONS)) {
    for (const field of Object.keys(schema.shape)) expect(reference, `${name}.${field}`).toContain(`| \`${field}\` |`);
  }
});

interface Example {
  /** The language of the code block: a YAML file, or an MDX file with its frontmatter. */
  language: string;
  text: string;
  /** The collection of the file it stands for: the last `content/<collection>/` the text names before it. */
  collection: string | undefined;
  /** Where the block starts in CONTRIBUTING.md. */
  line: number;
}

/** Every ```yaml and ```mdx block of `markdown`, with the collection of the file it stands for. */
function examples(markdown: string): Example[] {
  return [...markdown.matchAll(/^```(yaml|mdx)\n([\s\S]*?)^```$/gm)].map((match) => {
    const before = markdown.slice(0, match.index);
    return {
      language: match[1]!,
      text: match[2]!,
      collection: [...before.matchAll(/content\/([a-z-]+)\//g)].at(-1)?.[1],
      line: before.split('\n').length,
    };
  });
}

/**
 * What the content check would say about an example as the file it stands for, as far as it can
 * tell without the other collections: YAML that reads as it looks, the collection's schema, and
 * for MDX a safe body. (Whether the ids it names exist depends on content/, not on the example.)
 */
function exampleProblems({ language, text, collection }: Example): string[] {
  const entry = collection ? COLLECTIONS[collection as keyof typeof COLLECTIONS] : undefined;
  if (!entry) return [`stands for no collection: name its file (content/<collection>/…) in the text before it`];
  if (entry.extension !== `.${language}`) return [`is ${language}, but content/${collection}/ holds ${entry.extension} files`];
  const parts = language === 'mdx' ? splitFrontmatter(text) : { frontmatter: text, body: undefined };
  if (!parts) return ['has no frontmatter between two "---" lines'];
  const findings = yamlFindings(parts.frontmatter).map((f) => `line ${f.line}: ${f.message}`);
  if (findings.length) return findings;
  const parsed = entry.schema.safeParse(yaml.load(parts.frontmatter) ?? {});
  return [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)),
    ...(parts.body === undefined ? [] : checkMdxBody(parts.body).messages),
  ];
}

describe('the examples in CONTRIBUTING.md', () => {
  const found = examples(text);

  it('include a source, an organisation and a case study', () => {
    expect(found.map((e) => e.collection)).toEqual(expect.arrayContaining(['sources', 'organisations', 'campaigns']));
  });

  it.each(found.map((e) => [`line ${e.line} (content/${e.collection}/)`, e] as const))('%s passes the check', (_, example) => {
    expect(exampleProblems(example)).toEqual([]);
  });
});

describe('the example check', () => {
  const source = (body: string): Example => ({ language: 'yaml', text: body, collection: 'sources', line: 1 });
  const valid = 'title: A title\npublisher: A paper\nurl: https://example.org/a\nkind: press\nformat: news\n';

  it('accepts a valid example', () => {
    expect(exampleProblems(source(valid))).toEqual([]);
  });

  it('refuses the old source example, whose kind was a format', () => {
    expect(exampleProblems(source(valid.replace('kind: press\nformat: news\n', 'kind: news\n')))).toEqual([
      expect.stringMatching(/^kind: kind must be one of "organiser", "platform"/),
    ]);
  });

  it('refuses a comment after a value, a block in the wrong language and one that names no file', () => {
    expect(exampleProblems(source(valid.replace('kind: press', 'kind: press # who published it')))).toEqual([
      expect.stringMatching(/^line 4: /),
    ]);
    expect(exampleProblems({ ...source(valid), collection: 'campaigns' })).toEqual(['is yaml, but content/campaigns/ holds .mdx files']);
    expect(exampleProblems({ ...source(valid), collection: undefined })).toEqual([expect.stringMatching(/^stands for no collection/)]);
  });

  it('checks the frontmatter and the body of an MDX example', () => {
    const mdx = (frontmatter: string, body: string): Example => ({
      language: 'mdx',
      text: `---\n${frontmatter}---\n${body}`,
      collection: 'campaigns',
      line: 1,
    });
    const frontmatter = 'title: A\nsummary: B\norganisations: [{ id: unicef, role: lead }]\ncauses: [climate-action]\nlaunched: 2021\n';
    expect(exampleProblems(mdx(frontmatter, '## Context\n\nText.\n'))).toEqual([]);
    expect(exampleProblems(mdx(frontmatter.replace('lead', 'boss'), '<script>x()</script>\n'))).toEqual([
      expect.stringMatching(/^organisations\[0\]\.role: /),
      expect.stringMatching(/^body \(line 1\): /),
    ]);
  });

  it('finds each block with the collection last named before it', () => {
    const markdown =
      'A source (`content/sources/<id>.yaml`):\n\n```yaml\na: 1\n```\n\nA case study (`content/campaigns/x.mdx`):\n\n```mdx\n---\n---\n```\n';
    expect(examples(markdown).map(({ language, collection, line }) => ({ language, collection, line }))).toEqual([
      { language: 'yaml', collection: 'sources', line: 3 },
      { language: 'mdx', collection: 'campaigns', line: 9 },
    ]);
  });
});
