"use client";
// Every in-site link. Next prefetches each link in view by default: dozens of requests per page view
// on a long list (measured: 39 of a home page view's 42). Here a link prefetches only once a reader
// shows intent (pointer over it, keyboard focus, a touch), which is when it pays off.
import NextLink from "next/link";
import { type ComponentProps, type MouseEvent, useState } from "react";

/**
 * A list's view lives in its query string, which proxy.ts maps to a cached page of its own. The
 * browser's router cannot know that: it sees the same page with another search and keeps what is on
 * screen. So a move into, out of or within a query view loads the whole page (one cached document,
 * as a client navigation's one request would be).
 */
function loadsWholePage(href: string): boolean {
  const target = new URL(href, window.location.href);
  return target.search !== "" || window.location.search !== "" || target.pathname === window.location.pathname;
}

export function Link({ onMouseEnter, onFocus, onTouchStart, onClick, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  const href = typeof props.href === "string" ? props.href : null;
  const withQuery = href?.includes("?") ?? false;
  return (
    <NextLink
      {...props}
      prefetch={intent && !withQuery ? null : false}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        const plainClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
        if (!event.defaultPrevented && plainClick && href && loadsWholePage(href)) {
          event.preventDefault();
          window.location.assign(href);
        }
      }}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
