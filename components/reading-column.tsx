/** Pages of prose and forms read best at about 70 characters a line; lists use the full width. */
export function ReadingColumn({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-3xl">{children}</div>;
}
