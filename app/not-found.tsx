import { Link } from "@/components/link";

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="py-16 text-center">
      <h1 id="not-found-heading" className="text-3xl font-bold">
        Page not found
      </h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        That thread or page doesn&apos;t exist, or it was deleted.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-emerald-700 underline underline-offset-4 dark:text-emerald-400">
          Back to the discussions
        </Link>
      </p>
    </section>
  );
}
