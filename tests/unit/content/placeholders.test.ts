/** The TODO placeholders the scaffold writes, and the check that none is left (src/lib/content/placeholders.ts). */
import { describe, expect, it } from 'vitest';
import { placeholder, placeholderProblems } from '../../../src/lib/content/placeholders.ts';

describe('placeholders', () => {
  it('names the YAML field or the body, with the line', () => {
    const source = `---\ntitle: x\nsummary: "${placeholder('one sentence')}"\n---\n\n${placeholder('context')}\n`;
    expect(placeholderProblems('f.mdx', source, 5).map((p) => p.message)).toEqual([
      'summary (line 3): the placeholder TODO(one sentence) is still there. Fix: replace it with the real content it asks for, or delete it.',
      'body (line 6): the placeholder TODO(context) is still there. Fix: replace it with the real content it asks for, or delete it.',
    ]);
  });
});
