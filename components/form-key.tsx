"use client";
// A key made in the browser for this copy of the form. The page is cached and the same for every
// reader, so the server cannot put a per-view key in it. The server joins the key with a hash of
// what was typed (lib/action.ts), so a double click, a resubmit after going back or a retry lands
// on the post it already made, while the next, different post from the same form is a new one.
// Without JavaScript there is no key, and the same text sent again is refused instead.
import { useEffect, useRef } from "react";

export function FormKey() {
  const input = useRef<HTMLInputElement>(null);
  // Made after hydration (the server's HTML has none), once per copy of the form.
  useEffect(() => {
    if (input.current) input.current.value = crypto.randomUUID();
  }, []);
  return <input ref={input} type="hidden" name="formKey" defaultValue="" />;
}
