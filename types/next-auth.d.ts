import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/roles";

declare module "next-auth" {
  interface User {
    login: string;
    role?: Role;
    suspendedUntil?: Date | string | null;
  }
  interface Session {
    user: { id: string; login: string; role?: Role; suspendedUntil?: string | null } & DefaultSession["user"];
  }
}

declare module "@auth/core/adapters" {
  interface AdapterUser {
    login: string;
    role: Role;
    suspendedUntil?: Date | null;
  }
}
