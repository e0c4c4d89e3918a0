import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    login: string;
  }
  interface Session {
    user: { id: string; login: string } & DefaultSession["user"];
  }
}

declare module "@auth/core/adapters" {
  interface AdapterUser {
    login: string;
  }
}
