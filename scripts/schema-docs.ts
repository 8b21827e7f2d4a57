/**
 * The frontmatter reference in CONTRIBUTING.md, generated from the schemas: field names and
 * their one-line JSDoc come from the source of src/schemas/ (read with the TypeScript parser),
 * whether a field is required and which values it allows come from the Zod schemas themselves.
 *
 *   npm run docs:schema           rewrite the reference in CONTRIBUTING.md
 *   import { schemaReference }    the reference as text (tests/unit/docs/contributing.test.ts)
 */
import { parseCli } from './cli.ts';
import { formatMarkdown, markdownTable, replaceSection } from './docs-section.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { z } from 'astro/zod';
import {
  awardSchema,
  campaignObjectiveSchema,
  campaignOrganisationSchema,
  campaignSchema,
  checkRecordSchema,
  correctionSchema,
  lessonSchema,
  metricSchema,
  partSchema,
  quotationSchema,
  resourceSchema,
  scopeSchema,
  targetSchema,
} from '../src/schemas/campaign.ts';
import { causeSchema, mechanicSchema, objectiveSchema, organisationSchema, sourceSchema, themeSchema } from '../src/schemas/taxonomy.ts';

/** The section of CONTRIBUTING.md this script writes (scripts/docs-section.ts). */
const SECTION = 'frontmatter-reference';

const SECTIONS: { title: string; file: string; name: string; schema: z.ZodObject }[] = [
  { title: 'Case study: `content/campaigns/<slug>.mdx` frontmatter', file: 'campaign.ts', name: 'campaignSchema', schema: campaignSchema },
  { title: 'Each entry of `organisations`', file: 'campaign.ts', name: 'campaignOrganisationSchema', schema: campaignOrganisationSchema },
  { title: 'Each entry of `metrics` (one figure from one source)', file: 'campaign.ts', name: 'metricSchema', schema: metricSchema },
  { title: 'The `scope` of a figure', file: 'campaign.ts', name: 'scopeSchema', schema: scopeSchema },
  { title: 'The `part` of a scope (a count of less than the whole)', file: 'campaign.ts', name: 'partSchema', schema: partSchema },
  {
    title: 'Each entry of `objectives` (what the organisers said they aimed for)',
    file: 'campaign.ts',
    name: 'campaignObjectiveSchema',
    schema: campaignObjectiveSchema,
  },
  { title: 'Each entry of `targets` (a figure the organisers aimed for)', file: 'campaign.ts', name: 'targetSchema', schema: targetSchema },
  { title: 'Each entry of `resources` (a budget or a team)', file: 'campaign.ts', name: 'resourceSchema', schema: resourceSchema },
  { title: 'Each entry of `awards`', file: 'campaign.ts', name: 'awardSchema', schema: awardSchema },
  { title: 'Each entry of `quotations`', file: 'campaign.ts', name: 'quotationSchema', schema: quotationSchema },
  { title: 'Each entry of `lessons`', file: 'campaign.ts', name: 'lessonSchema', schema: lessonSchema },
  { title: 'Each entry of `corrections`', file: 'campaign.ts', name: 'correctionSchema', schema: correctionSchema },
  {
    title: 'The `checked` record (written by `npm run record-check`)',
    file: 'campaign.ts',
    name: 'checkRecordSchema',
    schema: checkRecordSchema,
  },
  { title: 'Organisation: `content/organisations/<id>.yaml`', file: 'taxonomy.ts', name: 'organisationSchema', schema: organisationSchema },
  { title: 'Cause: `content/causes/<id>.yaml`', file: 'taxonomy.ts', name: 'causeSchema', schema: causeSchema },
  { title: 'Mechanic: `content/mechanics/<id>.yaml`', file: 'taxonomy.ts', name: 'mechanicSchema', schema: mechanicSchema },
  { title: 'Theme: `content/themes/<id>.yaml`', file: 'taxonomy.ts', name: 'themeSchema', schema: themeSchema },
  { title: 'Objective: `content/objectives/<id>.yaml`', file: 'taxonomy.ts', name: 'objectiveSchema', schema: objectiveSchema },
  { title: 'Source: `content/sources/<id>.yaml`', file: 'taxonomy.ts', name: 'sourceSchema', schema: sourceSchema },
];

const SCHEMAS = fileURLToPath(new URL('../src/schemas/', import.meta.url));

/**
 * The JSDoc line above each property of the object literal that defines `name`. A spread of
 * fields shared by several schemas (`...figureFields`) takes the docs of the object it spreads,
 * defined in the same file.
 */
function fieldDocs(file: string, name: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(SCHEMAS + file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docsOf = (name: string): Map<string, string> => {
    const docs = new Map<string, string>();
    let found = false;
    const visit = (node: ts.Node, inside: boolean): void => {
      const here = inside || (ts.isVariableDeclaration(node) && node.name.getText() === name);
      if (here && ts.isObjectLiteralExpression(node) && !found) {
        found = true;
        for (const prop of node.properties) {
          if (ts.isSpreadAssignment(prop) && ts.isIdentifier(prop.expression)) {
            for (const [key, doc] of docsOf(prop.expression.text)) docs.set(key, doc);
            continue;
          }
          const comment = ts
            .getJSDocCommentsAndTags(prop)
            .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
            .join(' ');
          if (prop.name) docs.set(prop.name.getText(), comment.replace(/\s+/g, ' ').trim());
        }
        return;
      }
      ts.forEachChild(node, (child) => visit(child, here));
    };
    visit(source, false);
    return docs;
  };
  return docsOf(name);
}

/** Required, or the default a missing field takes. */
function requirement(field: z.ZodType): string {
  if (!field.safeParse(undefined).success) return 'yes';
  const def = field.def as { type: string; defaultValue?: unknown };
  return def.type === 'default' ? `no (default \`${JSON.stringify(def.defaultValue)}\`)` : 'no';
}

/** The allowed values of an enum field, or of the enum inside a default/optional/array. */
function allowed(field: z.ZodType): string[] | undefined {
  const def = field.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string> };
  if (def.type === 'enum' && def.entries) return Object.values(def.entries);
  const inner = def.innerType ?? def.element;
  return inner ? allowed(inner) : undefined;
}

export function schemaReference(): string {
  return SECTIONS.map((section) => {
    const docs = fieldDocs(section.file, section.name);
    const rows = Object.entries(section.schema.shape).map(([key, field]) => {
      const doc = docs.get(key);
      if (!doc) throw new Error(`${section.file}: ${section.name}.${key} has no JSDoc line; every schema field needs one.`);
      const values = allowed(field as z.ZodType);
      const text = values ? `${doc} One of: ${values.map((v) => `\`${v}\``).join(', ')}.` : doc;
      return [`\`${key}\``, requirement(field as z.ZodType), text];
    });
    return `#### ${section.title}\n\n${markdownTable('lll', [['Field', 'Required', 'What it holds'], ...rows])}\n`;
  }).join('\n');
}

export const CONTRIBUTING = fileURLToPath(new URL('../CONTRIBUTING.md', import.meta.url));

/** CONTRIBUTING.md with its reference replaced by a freshly generated one, formatted as Prettier would. */
export const withReference = (contributing: string) =>
  formatMarkdown(CONTRIBUTING, replaceSection(contributing, SECTION, schemaReference()));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  parseCli(
    `Usage: npm run docs:schema

Rewrites the frontmatter reference in CONTRIBUTING.md from the schemas in src/schemas/.`,
    {},
  );
  writeFileSync(CONTRIBUTING, await withReference(readFileSync(CONTRIBUTING, 'utf8')));
  console.log('CONTRIBUTING.md: frontmatter reference updated.');
}
