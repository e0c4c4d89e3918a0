import { revalidatePath } from "next/cache";

// Pages render per request today; this purges the browser's router cache so the author sees their
// write at once, including when the action returns to the very page it was sent from.
// When public pages move to 'use cache', this is where their cache tags get updated.
export function threadsChanged(): void {
  revalidatePath("/");
  revalidatePath("/threads/[id]", "page");
  revalidatePath("/stories", "layout");
}
