import { profilePath } from "@/lib/paths";
import { Link } from "./link";

/** A member's login, linking to their profile. */
export function MemberLink({ login, className }: { login: string; className?: string }) {
  return (
    <Link href={profilePath(login)} className={className ?? "font-medium text-zinc-900 underline-offset-4 hover:underline dark:text-zinc-100"}>
      {login}
    </Link>
  );
}
