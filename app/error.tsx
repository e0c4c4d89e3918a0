"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-heading" className="py-16 text-center">
      <h1 id="error-heading" className="text-3xl font-bold">
        Something went wrong
      </h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        The error has been logged{error.digest ? ` (reference ${error.digest})` : ""}. Try again in a moment.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
      >
        Try again
      </button>
    </section>
  );
}
