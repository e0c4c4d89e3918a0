"use client";
// Shows the notice a write left for the next page (lib/notices.ts), once: the cookie is cleared as it is read.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { NOTICES, NOTICE_COOKIE, type NoticeCode, noticeIn } from "@/lib/notices";

export function FlashNotice() {
  const pathname = usePathname();
  const [notice, setNotice] = useState<{ code: NoticeCode; pathname: string } | null>(null);
  useEffect(() => {
    const code = noticeIn(document.cookie);
    if (!code) return;
    document.cookie = `${NOTICE_COOKIE}=; Path=/; Max-Age=0`;
    // Read from the browser after rendering: the page itself is cached for everyone.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNotice({ code, pathname });
  }, [pathname]);
  if (!notice || notice.pathname !== pathname) return null;
  return (
    <p role="status" className="mb-4 rounded-md bg-zinc-100 p-3 text-sm dark:bg-zinc-900">
      {NOTICES[notice.code]}
    </p>
  );
}
