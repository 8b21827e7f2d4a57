/**
 * Every page of the build passes html-validate (config: .htmlvalidate.json, the recommended
 * preset). One relaxation: `no-trailing-whitespace` is off, because it is a rule about how
 * hand-written source is formatted, and Astro's compressed output keeps the spaces between
 * inline elements (compressHTML: true, on purpose) at line ends.
 */
import { expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { allPages, fileFor } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

it.each(allPages())('%s has no html-validate errors', async (path) => {
  const report = await validator.validateFile(fileFor(path));
  const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(errors).toEqual([]);
});

it('the configuration still reports errors (a clean run means something)', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><button>x</button><p><div></div></p></body></html>',
    'inline.html',
  );
  expect(report.valid).toBe(false);
});
