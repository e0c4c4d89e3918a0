// The signed-in member as the browser sees them: what Auth.js's session endpoint (auth.ts) and the
// per-reader request (app/api/reader) both send, so the two cannot drift apart. Never the session
// itself (it carries the HttpOnly cookie's token, which any script could then read), and no email.
import type { Role } from "./roles";

export type Viewer = {
  id: string;
  login: string;
  name: string;
  image: string | null;
  role: Role;
  suspendedUntil: string | null;
};

type Member = {
  id: string;
  login: string;
  name?: string | null;
  image?: string | null;
  role: Role;
  suspendedUntil?: Date | string | null;
};

export function browserViewer(user: Member): Viewer {
  return {
    id: user.id,
    login: user.login,
    name: user.name ?? user.login,
    image: user.image ?? null,
    role: user.role,
    // So the page can say why the reply box is closed (the actions check it themselves).
    suspendedUntil: user.suspendedUntil ? new Date(user.suspendedUntil).toISOString() : null,
  };
}
