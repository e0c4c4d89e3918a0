"use server";
// Marking notifications read, from /notifications (plain forms, so they work without JavaScript).
import { markAllNotificationsRead, markNotificationRead } from "@/db/mutations/notifications";
import { buttonAction } from "@/server/action";
import { parseId } from "@/lib/ids";

export const markReadAction = buttonAction({
  kind: "notification.read",
  target: (formData) => parseId(formData.get("id")),
  signInReturn: () => "/notifications",
  mutate: (user, id) => markNotificationRead(user.id, id),
  done: () => ({ redirect: "/notifications" }),
});

/** Everything up to the newest notification the page showed: one that arrived since stays unread. */
export const markAllReadAction = buttonAction({
  kind: "notification.read-all",
  target: (formData) => parseId(formData.get("upTo")),
  signInReturn: () => "/notifications",
  mutate: (user, upTo) => markAllNotificationsRead(user.id, upTo),
  done: () => ({ redirect: "/notifications" }),
});
