/**
 * Tests that need something from the machine (Chromium, fonts, Java): without it they skip and
 * print how to install it; under CI=true a missing one fails the run instead, so CI never passes
 * by skipping.
 */
import { describe } from 'vitest';

/** `describe`, or `describe.skip` with the reasons printed when `lacking` is not empty. */
export function describeWith(what: string, lacking: readonly string[]): typeof describe | typeof describe.skip {
  if (lacking.length === 0) return describe;
  if (process.env.CI === 'true') throw new Error(`${what} need these under CI=true: ${lacking.join(' And ')}`);
  console.warn(`${what} skipped: ${lacking.join(' And ')}`);
  return describe.skip;
}
