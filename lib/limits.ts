// Size limits on what the server accepts, in one place.

/**
 * The largest request body any form or endpoint takes. The largest honest one, a success story with
 * its 20,000-character text (up to 4 bytes a character) and every list full, stays far below it.
 */
export const REQUEST_BODY_MAX_BYTES = 256 * 1024;
