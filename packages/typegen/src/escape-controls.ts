/**
 * Server text in what typegen prints or writes: C0 and C1 control characters (and DEL) would act on
 * a terminal that shows the module or a warning (an ESC or CSI sequence can clear the screen or set
 * the clipboard), and the bidirectional overrides would make the code read differently from how it
 * runs. Each is replaced by its `\uXXXX` escape: inside a string literal of the generated module that
 * is the same character, and in a comment or a warning it is inert text.
 */

// Tab and line feed are layout; everything else below U+0020, DEL, U+0080–U+009F, and the
// bidirectional marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as its `\uXXXX` escape (tab and line feed kept). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
