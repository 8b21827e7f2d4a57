/**
 * A static file server for dist/ on a free loopback port, for browser tests and scripts.
 * It serves what a static host would: index.html for directories, 404.html for misses, and
 * the right MIME type for Pagefind's wasm and index files, and the headers of dist/_headers, so
 * that browser tests run under the production headers (its CSP included). A build made under a
 * base path (BASE_PATH) is served under it, as GitHub Pages serves a project site, and nothing
 * outside it is answered, so that an address that misses the base fails as it would there.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** Where the site is, without a trailing slash: the origin, then the base path if there is one (`http://127.0.0.1:4000/name`). */
  url: string;
  close(): Promise<void>;
}

/** Types a host compresses; Pagefind's files and images are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml))|svg/;

/**
 * `gzip` compresses text as any real host does when the browser accepts it: Lighthouse scores
 * what a reader would get, and an uncompressed page would be slower than any deployed one.
 * Tests leave it off, so they read exactly the bytes that were built.
 */
export async function serveDist(
  root = resolve('dist'),
  { gzip = false, base = '/' }: { gzip?: boolean; base?: string } = {},
): Promise<StaticServer> {
  const rules = existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server: Server = createServer((req, res) => void respond(req, res));
  async function respond(req: IncomingMessage, res: ServerResponse) {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!requested.startsWith(base)) {
      res.writeHead(404, { 'content-type': TYPES['.txt']! }).end(`Not found: ${requested} is outside the base path ${base}`);
      return;
    }
    const path = `/${requested.slice(base.length)}`;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(body);
    }
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base.replace(/\/$/, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
