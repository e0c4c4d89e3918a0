"use client";
// Who is reading, resolved in the browser: one request per page load, shared by every component
// that needs it (user menu, reply box, owner controls), so the pages themselves are the same bytes
// for every reader. A failed lookup is "unavailable", never mistaken for "signed out".
import { createContext, useContext, useEffect, useState } from "react";

export type Viewer = { id: string; login: string; name: string; image: string | null; role: string };
export type ViewerState =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "signed-in"; viewer: Viewer }
  | { status: "unavailable" };

const ViewerContext = createContext<ViewerState>({ status: "loading" });

async function lookUp(): Promise<ViewerState> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store" });
    if (!response.ok) return { status: "unavailable" };
    const session = (await response.json()) as { user?: Viewer } | null;
    return session?.user ? { status: "signed-in", viewer: session.user } : { status: "signed-out" };
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
