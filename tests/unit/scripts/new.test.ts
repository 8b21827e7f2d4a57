/** npm run new from flags: every value of a repeated flag is kept, an unknown id is refused by name, and the skeleton is a draft. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as yaml from 'js-yaml';
import { splitFrontmatter } from '../../../src/lib/content/check.node.ts';
import { fixtureProject } from '../../helpers/fixtures/project.ts';

const SCRIPT = resolve('scripts/new.ts');

describe('npm run new', { timeout: 60_000 }, () => {
  const project = fixtureProject();
  afterAll(() => project.remove());
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [SCRIPT, ...args], { cwd: project.root, encoding: 'utf8', timeout: 60_000 });

  const frontmatter = (slug: string) => yaml.load(splitFrontmatter(project.read(`content/campaigns/${slug}.mdx`))!.frontmatter);

  it('keeps every --organisation and --cause, in order, each once, and writes a draft', () => {
    const result = run(
      ...['--title', 'Fixture Repeated Flags', '--organisation', 'unicef', '--organisation', 'european-union', '--organisation', 'unicef'],
      ...['--cause', 'refugees', '--cause', 'child-rights'],
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(frontmatter('fixture-repeated-flags')).toMatchObject({
      organisations: [
        { id: 'unicef', role: 'lead' },
        { id: 'european-union', role: 'lead' },
      ],
      causes: ['refugees', 'child-rights'],
      draft: true,
    });
  });

  it('keeps every --mechanic and --country too', () => {
    const result = run(
      ...['--title', 'Fixture Mechanics', '--organisation', 'unicef', '--cause', 'refugees'],
      ...['--mechanic', 'hashtag-challenge', '--mechanic', 'music', '--country', 'FR', '--country', 'BE', '--country', 'FR'],
    );
    expect(result.stderr).toBe('');
    expect(frontmatter('fixture-mechanics')).toMatchObject({ mechanics: ['hashtag-challenge', 'music'], countries: ['FR', 'BE'] });
  });

  it('refuses an unknown id, naming the flag, the value and the fix, and writes nothing', () => {
    const result = run('--title', 'Fixture Unknown Cause', '--organisation', 'unicef', '--cause', 'refugees', '--cause', 'refugee');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--cause "refugee" is not a cause in content/causes/. Did you mean "refugees"? Fix: ');
    expect(existsSync(join(project.root, 'content/campaigns/fixture-unknown-cause.mdx'))).toBe(false);
  });
});
