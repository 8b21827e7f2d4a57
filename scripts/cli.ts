/**
 * The command line of every script: `--help` prints its usage, and an unknown flag or a stray
 * argument gets one line saying what was wrong, then the usage, and exit code 2. A contributor
 * who mistypes a flag should see how to call the script, not a Node stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function parseCli<const O extends ParseArgsOptionsConfig>(
  usage: string,
  options: O,
  { positionals = false, argv = process.argv.slice(2) }: { positionals?: boolean; argv?: string[] } = {},
) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: positionals,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's message goes on to explain `--`; the first sentence is what the reader needs.
    usageError(usage, (error as Error).message.split('. ')[0]!);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage.trim());
    process.exit(0);
  }
  return parsed;
}

/** Says in one line what was wrong with the command line, then prints the usage; exit code 2. */
export function usageError(usage: string, reason: string): never {
  console.error(`Error: ${reason.replace(/\.$/, '')}.\n\n${usage.trim()}`);
  process.exit(2);
}
