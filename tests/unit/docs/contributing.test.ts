/** CONTRIBUTING.md documents every field of every schema, and is in step with the schemas. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONTRIBUTING, schemaReference, withReference } from '../../../scripts/schema-docs.ts';
import { COLLECTIONS } from '../../../src/schemas/index.ts';
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

it('has YAML examples that keep to the YAML rules, since contributors copy them', () => {
  const examples = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(examples.length).toBeGreaterThan(0);
  for (const example of examples) expect(yamlFindings(example), example).toEqual([]);
});
