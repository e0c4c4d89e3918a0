import { profilePath } from "@/lib/urls/paths";
import { Link } from "./link";

/** A member's login, linking to their profile. */
export function MemberLink({ login, className }: { login: string; className?: string }) {
  return (
    <Link href={profilePath(login)} className={className ?? "member-name"}>
      {login}
    </Link>
  );
}
