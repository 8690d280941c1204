/**
 * Text from a workbook shown on a terminal: control characters (ESC sequences can retitle or
 * recolour the terminal, NUL and CR can hide text) and bidi controls (U+202E turns the rest of
 * a line around) are shown as \u{…} instead of acting. Tabs stay.
 */
const UNSAFE =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** Lines for the terminal: each escaped, joined by the line breaks that are ours. */
export function printableLines(lines: string[]): string {
  return lines.map(printable).join("\n") + "\n";
}
