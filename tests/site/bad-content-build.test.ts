/**
 * A real `astro build` over a representative few of the bad inputs: each stops the build with
 * its messages, and no page is written. (Every fixture is checked without a build in
 * tests/unit/content/bad-content.test.ts; the build runs the same checker.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyContent, badInputs } from '../helpers/bad-content.ts';
import { fixtureProject } from '../helpers/fixtures/project.ts';

const REPRESENTATIVE = [
  'malformed-yaml',
  'missing-source',
  'missing-cause',
  'duplicate-slug-case',
  'placeholder',
  'script',
  'cite-not-cited',
  'future-launch',
  'comment-after-value-yaml',
  'comment-after-value-mdx',
];

for (const input of badInputs().filter((i) => REPRESENTATIVE.includes(i.name))) {
  describe(`a build with the bad input "${input.name}"`, () => {
    const project = fixtureProject();
    afterAll(() => project.remove());
    applyContent(project, input.dir);
    const result = project.build();

    it('fails with every expected message, naming the file', () => {
      expect(result.status).not.toBe(0);
      for (const line of input.expected) {
        const [file, ...rest] = line.split(': ');
        expect(result.output).toContain(file);
        expect(result.output).toContain(rest.join(': '));
      }
    });

    it('writes no page', () => {
      for (const file of input.campaignFiles) {
        const slug = file
          .replace(/^campaigns\//, '')
          .replace(/\.mdx$/, '')
          .toLowerCase();
        expect(existsSync(join(project.root, 'dist', 'campaigns', slug, 'index.html'))).toBe(false);
      }
      expect(existsSync(join(project.root, 'dist', 'index.html'))).toBe(false);
    });
  }, 120_000);
}

it('the representative inputs all exist in the catalogue', () => {
  expect(badInputs().map((i) => i.name)).toEqual(expect.arrayContaining(REPRESENTATIVE));
});
