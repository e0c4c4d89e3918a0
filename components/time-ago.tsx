"use client";
// A moment in a page that may be served from cache for hours: the server renders the absolute date
// (the same bytes for everyone, whenever rendered), and the browser turns it into "3 hours ago" and
// keeps it current. Without JavaScript the absolute date stays, which is still right.
import { formatDistanceStrict } from "date-fns";
import { useSyncExternalStore } from "react";

const absolute = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

// A clock that ticks each minute; during server rendering and hydration there is none (null), so
// both render the absolute date and agree.
function everyMinute(tick: () => void) {
  const timer = setInterval(tick, 60_000);
  return () => clearInterval(timer);
}
const currentMinute = () => Math.floor(Date.now() / 60_000);

export function TimeAgo({ date }: { date: Date }) {
  const minute = useSyncExternalStore(everyMinute, currentMinute, () => null);
  const exact = absolute.format(date);
  return (
    <time dateTime={date.toISOString()} title={exact}>
      {minute === null ? exact : formatDistanceStrict(date, new Date(), { addSuffix: true })}
    </time>
  );
}
