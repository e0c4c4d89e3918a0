// Opening a notification: marks it read, then goes to the post (the exact reply). A link rather than a
// form so it opens like any link (new tab included); its only effect is on the reader's own mark.
import { currentUser } from "@/auth";
import { markNotificationRead } from "@/db/mutations/notifications";
import { notificationTarget } from "@/db/queries/notifications";
import { parseId } from "@/lib/ids";
import { postPath } from "@/lib/urls/paths";
import { signInPath } from "@/lib/urls/safe-redirect";

const PRIVATE = { "cache-control": "private, no-store" };

export async function GET(_request: Request, { params }: RouteContext<"/notifications/[id]">) {
  const id = parseId((await params).id);
  const user = await currentUser();
  if (!user)
    return new Response(null, { status: 303, headers: { ...PRIVATE, location: signInPath("/notifications") } });
  const target = id === null ? null : await notificationTarget(user.id, id);
  if (id === null || !target) return new Response("Not found", { status: 404, headers: PRIVATE });
  await markNotificationRead(user.id, id);
  // Relative: the browser resolves it against the address it used, whatever proxy is in front.
  return new Response(null, { status: 303, headers: { ...PRIVATE, location: postPath(target) } });
}
