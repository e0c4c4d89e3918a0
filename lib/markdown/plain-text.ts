// What may be stored from a form's text: no control characters (PostgreSQL refuses NUL, and the rest
// only hide or garble text), no lone surrogates, and in one-line fields no direction overrides that
// would make a title read differently from what it is. (A post's Markdown keeps them for its code;
// lib/markdown/markdown.ts drops them from the rest when it renders.)

// C0 and C1 control characters except tab, line feed and carriage return.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). The marks LRM/RLM stay.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// What takes no visible room: spaces, zero-width and other default-ignorable characters, controls.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]/gu;

/** Multi-line text (a post's Markdown): control characters removed, line breaks kept, ends trimmed. */
export function cleanText(value: string): string {
  return value.toWellFormed().replace(CONTROLS, "").trim();
}

/** `value` without bidi embeddings, overrides and isolates, which would make it read as it is not. */
export function dropDirectionControls(value: string): string {
  return value.replace(DIRECTION_CONTROLS, "");
}

/** One-line text (titles, labels): also no line breaks or tabs, and no direction overrides. */
export function cleanLine(value: string): string {
  // Direction controls go first: spaces behind them at either end are then trimmed too.
  return cleanText(dropDirectionControls(value)).replace(/\s+/g, " ");
}

/** How many characters a reader will actually see. */
export function visibleLength(value: string): number {
  return [...value.replace(INVISIBLE, "")].length;
}
