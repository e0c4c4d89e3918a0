// The kinds of email a member can turn on or off, each on its own (one-click unsubscribe turns off one).
export const EMAIL_KINDS = ["replies", "following", "digest"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
