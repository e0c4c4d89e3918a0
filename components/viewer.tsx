"use client";
// Who is reading and what is theirs on this page, resolved in the browser with one request per page
// view to /api/reader (none without the signed-in hint, lib/session-hint.ts), shared by every
// component that needs it (user menu, notification count, reply box, owner controls, follow control,
// unread marks), so the pages themselves are the same bytes for every reader. A page says what it
// wants to know with <ReaderScope> (its thread, or threads it lists; each unread mark declares its
// own thread, and every part of a page is asked about together). A failed lookup is "unavailable", never
// mistaken for "signed out".
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { type ReaderScope as Scope, type ReaderState, mergeScopes, readerQuery } from "@/lib/reader-scope";
import type { Viewer } from "@/lib/browser-viewer";
import { SESSION_HINT_COOKIE, hasSessionHint } from "@/lib/session-hint";

export type ViewerState =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "signed-in"; viewer: Viewer }
  | { status: "unavailable" };

type Reader = {
  viewer: ViewerState;
  /** The signed-in reader's state for this page (null until known, and for everyone else). */
  state: ReaderState | null;
  /** Declares a part of this page's scope under the declaring component's id; null when it leaves. */
  register: (id: string, scope: Scope | null) => void;
  /** Changes the known state after a write the reader made here (follow, mark read). */
  patch: (change: Partial<ReaderState>) => void;
};

const ReaderContext = createContext<Reader>({
  viewer: { status: "loading" },
  state: null,
  register: () => {},
  patch: () => {},
});

type Answer = { viewer: ViewerState; state: ReaderState | null };

async function lookUp(query: string): Promise<Answer> {
  // No hint, no session: most readers are answered without a request.
  if (!hasSessionHint(document.cookie)) return { viewer: { status: "signed-out" }, state: null };
  try {
    const response = await fetch(`/api/reader${query ? `?${query}` : ""}`, { cache: "no-store" });
    if (!response.ok) return { viewer: { status: "unavailable" }, state: null };
    const body = (await response.json()) as ({ viewer: Viewer | null } & Partial<ReaderState>) | null;
    if (body?.viewer) {
      const { viewer, unreadNotifications = 0, thread = null, unread = [] } = body;
      return { viewer: { status: "signed-in", viewer }, state: { unreadNotifications, thread, unread } };
    }
    document.cookie = `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0`;
    return { viewer: { status: "signed-out" }, state: null };
  } catch {
    return { viewer: { status: "unavailable" }, state: null };
  }
}

/**
 * Runs `then` when the browser is next idle, which is after React's hydration and rendering work
 * (scheduled back to back as tasks, so no idle time comes between them). The timeout is only for a
 * page that never goes idle: a long page hydrates for longer than a short one would allow (200 ms
 * sent a first request without the page's parts and then a second with them, measured by the bench
 * on a 500-reply thread). Where there is no requestIdleCallback (Safari), a timer.
 */
function whenSettled(then: () => void) {
  if (typeof requestIdleCallback === "function") requestIdleCallback(then, { timeout: 2_000 });
  else setTimeout(then, 300);
}

export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const [answer, setAnswer] = useState<Answer>({ viewer: { status: "loading" }, state: null });
  const parts = useRef(new Map<string, Scope>());
  const scheduled = useRef(false);
  // What the last request asked, and whether the page changed since (a new page asks again, even the same).
  const asked = useRef<string | null>(null);
  const newPage = useRef(true);
  const latest = useRef(0);
  const pathname = usePathname();

  // Every reason to ask (a new page, a part of it declaring its scope) leads to one request, made once
  // the page has settled: a page hydrates in several commits (its Suspense boundaries, each list on
  // it), and asking at the first would ask again at the next (2 to 3 requests a view, measured). A
  // part that remounts with the scope already asked asks nothing.
  const schedule = useCallback(() => {
    if (scheduled.current) return;
    scheduled.current = true;
    whenSettled(() => {
      scheduled.current = false;
      const query = readerQuery(mergeScopes(parts.current.values()));
      if (!newPage.current && query === asked.current) return;
      newPage.current = false;
      asked.current = query;
      const request = ++latest.current;
      lookUp(query).then((next) => {
        if (request === latest.current) setAnswer(next);
      });
    });
  }, []);

  useEffect(() => {
    newPage.current = true;
    schedule();
  }, [pathname, schedule]);

  const register = useCallback(
    (id: string, next: Scope | null) => {
      if (next === null) parts.current.delete(id);
      else parts.current.set(id, next);
      // A part leaving asks nothing new: the next page's parts (or its pathname) will.
      if (next !== null) schedule();
    },
    [schedule],
  );
  const patch = useCallback(
    (change: Partial<ReaderState>) => setAnswer((a) => (a.state ? { ...a, state: { ...a.state, ...change } } : a)),
    [],
  );
  const value = useMemo(
    () => ({ viewer: answer.viewer, state: answer.state, register, patch }),
    [answer, register, patch],
  );
  return <ReaderContext value={value}>{children}</ReaderContext>;
}

export function useViewer(): ViewerState {
  return useContext(ReaderContext).viewer;
}

/** The signed-in reader's state for the scope this page declared (null until it is known). */
export function useReaderState(): ReaderState | null {
  return useContext(ReaderContext).state;
}

export function useReaderPatch(): Reader["patch"] {
  return useContext(ReaderContext).patch;
}

/** Declares what this page asks the per-reader request about. Renders nothing. */
export function ReaderScope(props: Scope) {
  const { register } = useContext(ReaderContext);
  const id = useId();
  const key = readerQuery(props);
  useEffect(() => {
    register(id, new URLSearchParams(key).size ? scopeOf(key) : {});
    return () => register(id, null);
  }, [id, key, register]);
  return null;
}

function scopeOf(query: string): Scope {
  const params = new URLSearchParams(query);
  const number = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
  const threads = params.get("threads");
  return {
    thread: number("thread"),
    seen: number("seen"),
    threads: threads ? threads.split(",").map(Number) : undefined,
  };
}
