// Size limits on what the server accepts, in one place. Forms in the browser read them too, so this
// file imports nothing (lib/validation.ts would bring zod and the Markdown parser into every page).

export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const BODY_MAX = 20_000;

/**
 * The largest request body any form or endpoint takes. The largest honest one, a success story with
 * its 20,000-character text (up to 4 bytes a character) and every list full, stays far below it.
 */
export const REQUEST_BODY_MAX_BYTES = 256 * 1024;
