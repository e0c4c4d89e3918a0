"use client";
// Tells an action the form was sent by the page's JavaScript: empty in the cached HTML and while
// hydrating, "1" after. A form sent without JavaScript is answered from the page as it was cached,
// without the action's state (Next 16.4.6, after the action expired that page), so such actions
// redirect to the fresh page instead of returning a message.
import { useSyncExternalStore } from "react";

const never = () => () => {};

export function EnhancedField() {
  const value = useSyncExternalStore(
    never,
    () => "1",
    () => "",
  );
  return <input type="hidden" name="enhanced" value={value} />;
}
