/**
 * The bare twin of `npm run bench:scale`: the least Astro 7 + @astrojs/mdx + Pagefind project
 * that renders the same MDX bodies. One collection, one `[slug]` page, a stub for each author
 * component, and the `pagefind` CLI after the build. What our build costs beyond this is what
 * our pages, cards, indexes and checks cost.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHOR_COMPONENT_PROPS } from '../../../src/author-components/allowlist.ts';
import { linkNodeModules } from './grow.ts';

/** A stub that shows its props: inline, since <Cite /> sits inside paragraphs. */
const stub = (name: string) => `<span data-stub="${name}">{Object.values(Astro.props).join(' ')}</span>\n`;

const names = Object.keys(AUTHOR_COMPONENT_PROPS);

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'bare-twin', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  campaigns: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/campaigns' }) }),
};
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
${names.map((name) => `import ${name} from '../stubs/${name}.astro';`).join('\n')}

export async function getStaticPaths() {
  const entries = await getCollection('campaigns');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content components={{ ${names.join(', ')} }} />
    </main>
  </body>
</html>
`,
  ...Object.fromEntries(names.map((name) => [`src/stubs/${name}.astro`, stub(name)])),
};

/** Writes the twin into `root`, with the case studies of `campaignsDir` and `nodeModules`'s packages. */
export function writeTwin(root: string, campaignsDir: string, nodeModules: string): number {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const content = join(root, 'content', 'campaigns');
  mkdirSync(content, { recursive: true });
  const mdx = readdirSync(campaignsDir).filter((name) => name.endsWith('.mdx'));
  for (const name of mdx) copyFileSync(join(campaignsDir, name), join(content, name));
  linkNodeModules(nodeModules, root);
  return mdx.length;
}
