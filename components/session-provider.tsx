"use client";
// Who is reading is resolved in the browser (one small /api/auth/session request), so the pages
// themselves stay the same for every reader.
export { SessionProvider } from "next-auth/react";
