/**
 * What `npm run bench:scale` measures: a build's wall time and peak memory (in a child process,
 * read by GNU time or, without it, from /proc), the largest page of each route, the largest
 * other files, and the Pagefind index.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface BuildRun {
  ok: boolean;
  /** Wall time in seconds. */
  wallS: number;
  /** Peak resident memory of the biggest process of the build, in MB. */
  peakRssMB: number;
  /** Lines of the log that are warnings. */
  warnings: number;
  /** The build's output, stdout and stderr. */
  log: string;
}

const GNU_TIME = '/usr/bin/time';

/** Peak RSS (kB) of `pid` and its descendants, by polling /proc: the fallback without GNU time. */
function watchPeak(pid: number): { stop: () => number } {
  let peak = 0;
  const children = (p: number): number[] => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const sample = () => {
    for (const queue = [pid]; queue.length;) {
      const p = queue.pop()!;
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
      } catch {
        // Gone already.
      }
      queue.push(...children(p));
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Process groups of the runs under way, so that an interrupted benchmark can end them. */
export const running = new Set<number>();

/** Ends the runs under way (their whole process groups). */
export function stopRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

/** Runs `command` in `cwd` as a child process, with its output in `logFile`; times it and reads its peak memory. */
export async function timedRun(command: string, args: readonly string[], cwd: string, logFile: string): Promise<BuildRun> {
  const timeFile = `${logFile}.time`;
  const gnuTime = existsSync(GNU_TIME);
  const [bin, argv] = gnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const out = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(bin, argv, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    // Its own process group, which `stopRunning` ends as a whole (GNU time, the build and its children).
    detached: true,
  });
  running.add(child.pid!);
  const watcher = gnuTime ? undefined : watchPeak(child.pid!);
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => running.delete(child.pid!));
  const wallS = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => out.end(resolve));
  const polled = watcher?.stop() ?? 0;
  const peakKb = gnuTime && existsSync(timeFile) ? Number(/(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'))?.[1] ?? 0) : polled;
  const log = readFileSync(logFile, 'utf8');
  return {
    ok: status === 0,
    wallS: Math.round(wallS * 100) / 100,
    peakRssMB: Math.round(peakKb / 1024),
    warnings: log.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line)).length,
    log,
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** A route of src/pages, as the segments of its URL: literal, `[param]` or `[...rest]`. */
export interface Route {
  pattern: string;
  segments: string[];
}

/** The page routes (not endpoints) of a project's src/pages/. */
export function pageRoutes(pagesDir: string): Route[] {
  return filesUnder(pagesDir)
    .filter((file) => /\.(astro|md|mdx|html)$/.test(file))
    .map((file) => {
      const segments = file
        .replace(/\.(astro|md|mdx|html)$/, '')
        .split('/')
        .filter((segment, i, all) => !(segment === 'index' && i === all.length - 1));
      return { pattern: `/${segments.map((s) => `${s}/`).join('')}`, segments };
    });
}

const kind = (segment: string) => (segment.startsWith('[...') ? 2 : segment.startsWith('[') ? 1 : 0);

/**
 * Astro's precedence, roughly: at the first segment where they differ, a route that ends there
 * before a literal, before `[param]`, before `[...rest]`.
 */
function moreSpecific(a: Route, b: Route): number {
  const at = (route: Route, i: number) => (i < route.segments.length ? kind(route.segments[i]!) : -1);
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const [ka, kb] = [at(a, i), at(b, i)];
    if (ka !== kb) return ka - kb;
  }
  return b.segments.length - a.segments.length;
}

function matches(route: Route, parts: readonly string[]): boolean {
  const { segments } = route;
  for (let i = 0; i < segments.length; i++) {
    const kindOf = kind(segments[i]!);
    if (kindOf === 2) return true;
    if (i >= parts.length) return false;
    if (kindOf === 0 && segments[i] !== parts[i]) return false;
  }
  return parts.length === segments.length;
}

/** The route a built page (`/campaigns/foo/`, `/404`) came from; its URL itself when none matches. */
export function routeOf(url: string, routes: readonly Route[]): string {
  const parts = url.split('/').filter(Boolean);
  const found = routes.filter((route) => matches(route, parts)).sort(moreSpecific)[0];
  return found?.pattern ?? url;
}

export interface PageSize {
  url: string;
  raw: number;
  gzip: number;
  elements: number;
}

export interface RouteReport {
  route: string;
  pages: number;
  /** The page with the most bytes. */
  largest: PageSize;
  /** The page with the most elements (often the same). */
  mostElements: PageSize;
}

/** The URL a built HTML file is served at. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;

/** The largest page of each route in `dist`, by bytes and by elements, largest first. */
export function routeSizes(dist: string, routes: readonly Route[]): RouteReport[] {
  const byRoute = new Map<string, RouteReport>();
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file));
    const url = urlOf(file);
    const page: PageSize = {
      url,
      raw: html.length,
      gzip: gzipSync(html).length,
      elements: parse(html.toString('utf8')).querySelectorAll('*').length,
    };
    const route = routeOf(url, routes);
    const report = byRoute.get(route);
    if (!report) byRoute.set(route, { route, pages: 1, largest: page, mostElements: page });
    else {
      report.pages++;
      if (page.raw > report.largest.raw) report.largest = page;
      if (page.elements > report.mostElements.elements) report.mostElements = page;
    }
  }
  return [...byRoute.values()].sort((a, b) => b.largest.raw - a.largest.raw);
}

/** The largest files that are not pages, search index, scripts or cards (feeds, open data, sitemaps). */
export function largestOtherFiles(dist: string, count = 6): { path: string; raw: number; gzip: number }[] {
  return filesUnder(dist)
    .filter((file) => !file.endsWith('.html') && !/^(pagefind|_astro|cards)\//.test(file))
    .map((file) => ({ path: `/${file}`, raw: statSync(join(dist, file)).size }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, count)
    .map((f) => ({ ...f, gzip: gzipSync(readFileSync(join(dist, f.path))).length }));
}

/** Files and bytes under `dir`; zeros when it does not exist. */
export function folderSize(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  const files = filesUnder(dir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) };
}

/** Pagefind's index in `dist`: all of it, and its fragments (one per page). */
export function pagefindSize(dist: string): { files: number; bytes: number; fragments: number } {
  const dir = join(dist, 'pagefind');
  return { ...folderSize(dir), fragments: folderSize(join(dir, 'fragment')).files };
}
