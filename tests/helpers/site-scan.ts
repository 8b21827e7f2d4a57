/**
 * One pass over a build: each HTML page is read and parsed once, and every check sees the parsed
 * page in turn. Checks return their problems as lines naming the page; nothing but those lines
 * (and what a check keeps for itself, such as the link checker's ids) outlives the page, so a
 * scan's memory does not grow with the size of the pages.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { allPages, fileFor } from './dist.ts';

export interface ScannedPage {
  /** URL path, such as /campaigns/x/ or /404.html. */
  path: string;
  /** The page's file, in the build. */
  file: string;
  /** The HTML as built. */
  text: string;
  /** The HTML, parsed. */
  root: HTMLElement;
}

export type PageCheck = (page: ScannedPage) => string[] | Promise<string[]>;

/** Runs every check on every page of `dist`; returns each check's problems and the pages seen. */
export async function scanPages<Name extends string>(
  dist: string,
  checks: Record<Name, PageCheck>,
): Promise<{ pages: string[]; problems: Record<Name, string[]> }> {
  const names = Object.keys(checks) as Name[];
  const problems = Object.fromEntries(names.map((name) => [name, [] as string[]])) as Record<Name, string[]>;
  const pages = allPages(dist);
  for (const path of pages) {
    const file = fileFor(path, dist);
    const text = readFileSync(file, 'utf8');
    const page = { path, file, text, root: parse(text) };
    for (const name of names) problems[name].push(...(await checks[name](page)));
  }
  return { pages, problems };
}
