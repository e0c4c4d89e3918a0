"use client";
// Every in-site link. Next prefetches each link in view by default: dozens of requests per page view
// on a long list (measured: 39 of a home page view's 42). Here a link prefetches only once a reader
// shows intent (pointer over it, keyboard focus, a touch), which is when it pays off.
import NextLink from "next/link";
import { type ComponentProps, useState } from "react";

export function Link({ onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={intent ? null : false}
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
