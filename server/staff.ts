// The moderators' pages are for moderators: a signed-out reader is sent to sign in, anyone else gets
// the 404 page (the pages are not advertised). Their actions check again (lib/permissions.ts).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { type CurrentUser, currentUser } from "@/auth";
import { can } from "@/lib/permissions";
import { signInPath } from "@/lib/urls/safe-redirect";

export async function requireStaff(here: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(here));
  if (!can(user, { do: "moderate" })) notFound();
  return user;
}
