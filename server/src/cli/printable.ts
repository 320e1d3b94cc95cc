/**
 * Text from documents, file names and configuration, made safe to print on a terminal or in a CI log.
 * A document can hold escape sequences (`ESC[31m`, a window-title command, a carriage return that
 * overwrites the line) or characters that reverse the reading order; printed raw, they would take over
 * the reader's terminal or disguise the report. Each is shown as a visible escape such as `\x1b`.
 */

// Control characters but tab and line feed, DEL, C1 controls (U+009B starts a sequence too), and bidirectional overrides.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
