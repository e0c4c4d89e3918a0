import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    login: string;
    role?: "member" | "admin";
  }
  interface Session {
    user: { id: string; login: string; role?: "member" | "admin" } & DefaultSession["user"];
  }
}

declare module "@auth/core/adapters" {
  interface AdapterUser {
    login: string;
    role: "member" | "admin";
  }
}
