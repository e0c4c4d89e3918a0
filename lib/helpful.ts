// What the Helpful button's action answers (app/threads/actions.ts), so the button knows which way it went.
export const MARKED_HELPFUL = "Marked as helpful. Thanks for telling the author.";
export const UNMARKED_HELPFUL = "Your helpful mark was removed.";
