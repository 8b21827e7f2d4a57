/** One thing wrong with the content, as the checker reports it. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** The field, what is wrong with which value, and how to fix it: `url: … Fix: …`. */
  message: string;
}

/** A value as a contributor typed it, short enough for one line of an error message. */
export function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  // A long string is cut inside its quotes, so the reader still sees where the value ends.
  if (typeof value === 'string') return JSON.stringify(value.length > 76 ? `${value.slice(0, 75)}…` : value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
