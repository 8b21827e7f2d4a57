/** The static server of the browser tests and scripts, serving a build made under a base path. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../../scripts/shared/static-server.ts';

describe('serveDist under a base path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'index.html'), 'home');
  writeFileSync(join(dir, 'a', 'index.html'), 'page a');
  writeFileSync(join(dir, '404.html'), 'not found page');
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDist(dir, { base: '/fork/' });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = async (path: string) => {
    const response = await fetch(`${new URL(server.url).origin}${path}`);
    return [response.status, await response.text()];
  };

  it('says where the site is: the origin and the base path, without a trailing slash', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fork$/);
  });

  it('serves the build under the base, with the 404 page for a miss there', async () => {
    expect(await get('/fork/')).toEqual([200, 'home']);
    expect(await get('/fork/a/')).toEqual([200, 'page a']);
    expect(await get('/fork/b/')).toEqual([404, 'not found page']);
  });

  it('answers nothing outside the base, as the host of a project site would not', async () => {
    expect(await get('/a/')).toEqual([404, 'Not found: /a/ is outside the base path /fork/']);
    expect(await get('/')).toEqual([404, 'Not found: / is outside the base path /fork/']);
  });
});
