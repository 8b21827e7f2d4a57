import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMdxBody, linkProblem } from '../../../src/lib/content/mdx-safety.ts';
import { AUTHOR_COMPONENT_NAMES, PAGE_COMPONENT_PROPS } from '../../../src/author-components/allowlist.ts';

describe('linkProblem', () => {
  it('accepts https, mailto, paths and anchors', () => {
    for (const url of ['https://example.org', 'mailto:a@example.org', '/campaigns/', '#sources', 'page/'])
      expect(linkProblem(url)).toBeUndefined();
  });
  it('refuses script schemes however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'java\nscript:x', 'vbscript:x'])
      expect(linkProblem(url)).toMatch(/^is not allowed: (java|vb)script: links run code/);
  });
  it('refuses data: and http:, and names other schemes', () => {
    expect(linkProblem('DATA:text/html,x')).toMatch(/^is not allowed: data:/);
    expect(linkProblem('http://example.org')).toMatch(/^is not https/);
    expect(linkProblem('ftp://example.org')).toMatch(/^uses the ftp: scheme/);
  });
});

describe('checkMdxBody', () => {
  it('ignores what sits in code spans and code blocks', () => {
    const report = checkMdxBody('Write `<script>` or `{x}` like this:\n\n```html\n<iframe src="javascript:x"></iframe>\n```\n');
    expect(report.messages).toEqual([]);
    expect(report.empty).toBe(false);
  });
  it('numbers lines from the start of the file', () => {
    expect(checkMdxBody('\n\n<div>x</div>\n', 10).messages[0]).toMatch(/^body \(line 12\): <div> is not allowed/);
  });
  it('collects citations and treats comments as empty', () => {
    expect(checkMdxBody('A <Cite id="a" /> and <Cite id="b" />.').cites.map((c) => c.id)).toEqual(['a', 'b']);
    expect(checkMdxBody('\n{/* a note */}\n').empty).toBe(true);
  });
  it('refuses a Cite without an id, or with code for its id', () => {
    expect(checkMdxBody('<Cite />').messages).toEqual([expect.stringContaining('<Cite /> needs the id of a source')]);
    expect(checkMdxBody('<Cite id={x} />').messages).toEqual([expect.stringContaining('id on <Cite> must be plain text in quotes')]);
  });
  it('refuses spread attributes and event handlers in any case', () => {
    expect(checkMdxBody('<Results {...x} />').messages).toEqual([expect.stringContaining('spread attribute')]);
    expect(checkMdxBody('<Results onMouseOver="x" />').messages).toEqual([
      expect.stringContaining('onMouseOver=… on <Results> is an inline event handler'),
    ]);
  });
});

describe('checkMdxBody with the prose pages’ allowlist', () => {
  it('lets a page of content/pages/ use the page components, with their own attributes', () => {
    const body = 'We hold <Count of="case-studies" />.\n\n<Terms group="scope" />\n\n<ReportLinks />\n';
    expect(checkMdxBody(body, 1, PAGE_COMPONENT_PROPS).messages).toEqual([]);
    expect(checkMdxBody('<Terms kind="scope" />', 1, PAGE_COMPONENT_PROPS).messages).toEqual([
      expect.stringContaining('<Terms> has no attribute "kind" (it takes group="…")'),
    ]);
  });
  it('refuses the page components in a case study, and a case study’s components in a page, naming the ones allowed', () => {
    expect(checkMdxBody('<Terms group="scope" />').messages).toEqual([
      expect.stringMatching(/<Terms> is not allowed: .* <Cite \/>, <Lessons \/>, <Quotations \/>, <Results \/>,/),
    ]);
    expect(checkMdxBody('<Results />', 1, PAGE_COMPONENT_PROPS).messages).toEqual([
      expect.stringMatching(/<Results> is not allowed: .* <Count \/>, <Terms \/>, <ReportLinks \/>,/),
    ]);
  });
});

describe('the author-component allowlist', () => {
  it('names exactly the components in src/author-components/', () => {
    const files = readdirSync('src/author-components')
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace(/\.astro$/, ''));
    expect([...AUTHOR_COMPONENT_NAMES].sort()).toEqual(files.sort());
  });
  it('names exactly the page components in src/author-components/pages/', () => {
    const files = readdirSync('src/author-components/pages')
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace(/\.astro$/, ''));
    expect(Object.keys(PAGE_COMPONENT_PROPS).sort()).toEqual(files.sort());
  });
});
