"use client";
import { useEffect } from "react";
import { useReaderPatch } from "@/components/viewer";

/** This page counted the reader's unread notifications itself: the header shows the same number. */
export function UnreadCount({ count }: { count: number }) {
  const patch = useReaderPatch();
  useEffect(() => patch({ unreadNotifications: count }), [count, patch]);
  return null;
}
