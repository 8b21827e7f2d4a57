/** What a real `astro build` does with bad content: it stops before writing any page. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureProject } from '../helpers/fixture-project.ts';

describe('a build with a reference to a missing cause', () => {
  const project = fixtureProject();
  afterAll(() => project.remove());
  const file = 'content/campaigns/the-real-challenge.mdx';
  project.write(file, project.read(file).replace('causes: [child-rights,', 'causes: [no-such-cause,'));
  const result = project.build();

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });
  it('names the file, the field and the bad id', () => {
    expect(result.output).toContain(file);
    expect(result.output).toContain('causes[0]: "no-such-cause" is not an entry of causes');
  });
  it('writes no page', () => {
    expect(existsSync(join(project.root, 'dist', 'campaigns'))).toBe(false);
  });
}, 120_000);
