import type { ReactNode } from "react";

// The red box a refused form or page says why in. role="alert": a screen reader reads it out as it
// appears. The colours live here; a caller may change the spacing and size (`className`), which
// defaults to a form's.
export function FormAlert({ children, className = "p-3 text-sm" }: { children: ReactNode; className?: string }) {
  return (
    <p role="alert" className={`rounded-md bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200 ${className}`}>
      {children}
    </p>
  );
}
