/**
 * The Nu Html Checker (vnu.jar, from the vnu-jar package), run on the system Java. Without
 * `java` its test skips with the install hint; under CI=true it fails, as browser tests do
 * without Chromium.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const JAVA_INSTALL_HINT = 'apt-get update && apt-get install -y default-jre-headless';

/** Whether a `java` command runs. */
export const javaAvailable = () => !spawnSync('java', ['-version']).error;

// The package's main export is the path of vnu.jar. We start java ourselves: the package's own
// runner downloads a JDK from GitHub when it finds none, which an offline build machine cannot.
const JAR = String(createRequire(import.meta.url)('vnu-jar'));

// The quick compiler alone: a run of a few seconds ends before the optimising compiler pays back
// its own CPU time. Its larger frames need more than the default 1 MB stack.
const JVM = ['-XX:TieredStopAtLevel=1', '-Xss4m'];

export interface VnuMessage {
  file: string;
  message: string;
  line: number | undefined;
  column: number | undefined;
}

/** What vnu reports as an error in `files`, all checked by one Java process. */
export function vnuErrors(files: readonly string[]): VnuMessage[] {
  const run = spawnSync('java', [...JVM, '-jar', JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  // The JSON report goes to stderr; exit status 1 only says that it lists errors.
  let report: { messages: { type: string; url?: string; message: string; lastLine?: number; firstColumn?: number }[] };
  try {
    report = JSON.parse(run.stderr);
  } catch {
    throw new Error(`vnu exited with ${run.status} and no report:\n${run.stdout}${run.stderr}`);
  }
  return report.messages.map((m) => ({
    file: m.url ? fileURLToPath(m.url) : '(no file)',
    // "non-document-error" is vnu failing to read a file, which must fail the test too.
    message: m.type === 'error' ? m.message : `${m.type}: ${m.message}`,
    line: m.lastLine,
    column: m.firstColumn,
  }));
}
