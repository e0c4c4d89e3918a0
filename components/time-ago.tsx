import { formatDistanceStrict } from "date-fns";

/** "3 hours ago", with the exact time in the element for machines and on hover for people. */
export function TimeAgo({ date, now = new Date() }: { date: Date; now?: Date }) {
  const iso = date.toISOString();
  return (
    <time dateTime={iso} title={iso.replace("T", " ").slice(0, 16) + " UTC"}>
      {formatDistanceStrict(date, now, { addSuffix: true })}
    </time>
  );
}
