"use client";
// Who is reading, resolved in the browser: at most one request per page load (none without the
// signed-in hint, lib/session-hint.ts), shared by every component that needs it (user menu, reply
// box, owner controls), so the pages themselves are the same bytes for every reader. A failed lookup
// is "unavailable", never mistaken for "signed out".
import { createContext, useContext, useEffect, useState } from "react";
import { SESSION_HINT_COOKIE, hasSessionHint } from "@/lib/session-hint";

export type Viewer = { id: string; login: string; name: string; image: string | null; role: string; suspendedUntil: string | null };
export type ViewerState =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "signed-in"; viewer: Viewer }
  | { status: "unavailable" };

const ViewerContext = createContext<ViewerState>({ status: "loading" });

async function lookUp(): Promise<ViewerState> {
  // No hint, no session: most readers are answered without a request.
  if (!hasSessionHint(document.cookie)) return { status: "signed-out" };
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store" });
    if (!response.ok) return { status: "unavailable" };
    const session = (await response.json()) as { user?: Viewer } | null;
    if (session?.user) return { status: "signed-in", viewer: session.user };
    document.cookie = `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0`;
    return { status: "signed-out" };
  } catch {
    return { status: "unavailable" };
  }
}

export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<ViewerState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    lookUp().then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, []);
  return <ViewerContext value={state}>{children}</ViewerContext>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}
