// Ask the author: the messages of the author's open/close button, shared by the action and the button
// (components/questions-switch.tsx). No zod here: the button runs in the browser, and zod 4's start-up
// probe of `new Function` is reported as a CSP violation there (e2e/forum/csp.spec.ts).
export const QUESTIONS_OPENED = "Readers can ask you questions again.";
export const QUESTIONS_CLOSED = "Closed: readers can no longer ask you questions here.";
