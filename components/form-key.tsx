"use client";
// A key made in the browser for this copy of the form. The page is cached and the same for every
// reader, so the server cannot put a per-view key in it. The server joins the key with a hash of
// what was typed (server/action.ts), so a double click, a resubmit after going back or a retry lands
// on the post it already made, while the next, different post from the same form is a new one.
// Without JavaScript there is no key, and the same text sent again is refused instead.
import { useRef, useSyncExternalStore } from "react";

const never = () => () => {};

export function FormKey() {
  const key = useRef<string | null>(null);
  // Empty in the server's HTML and while hydrating; then one key for as long as this form is on screen.
  // (A controlled value: React re-applies an uncontrolled hidden input's default on every render.)
  const value = useSyncExternalStore(
    never,
    () => (key.current ??= crypto.randomUUID()),
    () => "",
  );
  return <input type="hidden" name="formKey" value={value} />;
}
