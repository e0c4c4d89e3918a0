import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "./errors";

/**
 * Runs a mutation for an action: a missing target becomes the 404 page, a refusal becomes a message
 * for the form, and anything else is a bug that goes to error.tsx.
 */
export async function attempt<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return { ok: false, message: error.message };
    throw error;
  }
}
