/**
 * Reads the body GitHub writes for an issue filed through a form: one `### Label` heading per
 * field, a blank line, then the answer; `_No response_` for an optional field left empty;
 * `- [X] Label` for a ticked checkbox. The same format github-issue-parser reads, parsed here as
 * plain text so that no third-party code ever runs on what a stranger typed.
 */

/** GitHub's answer for an optional field left empty. */
const NO_RESPONSE = '_No response_';

export interface IssueSections {
  /** Each heading's answer, trimmed; empty for `_No response_`. */
  answers: Map<string, string>;
  /** Headings that appear more than once (the first answer is kept). */
  repeated: string[];
}

/** The answers of an issue body, by label. Text before the first heading is ignored. */
export function issueSections(body: string): IssueSections {
  const answers = new Map<string, string>();
  const repeated: string[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let label: string | undefined;
  let value: string[] = [];
  const close = () => {
    if (label === undefined) return;
    const text = value.join('\n').trim();
    if (answers.has(label)) repeated.push(label);
    else answers.set(label, text === NO_RESPONSE ? '' : text);
  };
  for (const line of lines) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      close();
      label = heading[1]!;
      value = [];
    } else {
      value.push(line);
    }
  }
  close();
  return { answers, repeated };
}

/** The labels of the ticked boxes in a checkboxes answer. */
export function tickedBoxes(answer: string): string[] {
  return [...answer.matchAll(/^\s*-\s*\[[xX]\]\s+(.+?)\s*$/gm)].map((m) => m[1]!);
}

/** The non-empty lines of a textarea answer, trimmed. */
export const answerLines = (answer: string) =>
  answer
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The items of an answer separated by commas or spaces: "FR, BR" → ["FR", "BR"]. */
export const answerItems = (answer: string) => answer.split(/[\s,]+/).filter(Boolean);
