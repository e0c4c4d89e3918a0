// Member roles, from least to most trusted. Framework-free: the schema, the session and the browser read it.
export const ROLE_NAMES = ["member", "moderator", "admin"] as const;
export type Role = (typeof ROLE_NAMES)[number];

export function isStaff(role: string | null | undefined): boolean {
  return role === "moderator" || role === "admin";
}
