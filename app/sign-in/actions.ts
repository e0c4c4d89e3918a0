"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { createSampleMemberSession } from "@/db/mutations/demo-session";
import { demoSignInEnabled } from "@/lib/auth-config";
import { safeCallbackPath } from "@/lib/safe-redirect";

export async function signInWithGitHub(formData: FormData) {
  await signIn("github", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

/** Demo sign-in as the sample member: refused outright unless the embedded, GitHub-less set-up is in use. */
export async function signInAsDemoMember(formData: FormData) {
  if (!demoSignInEnabled()) redirect("/sign-in?error=DemoDisabled");
  const { sessionToken, expires } = await createSampleMemberSession();
  // Auth.js's own cookie name and attributes, so its session lookup finds this session.
  const secure = (await headers()).get("x-forwarded-proto") === "https" || process.env.AUTH_URL?.startsWith("https:");
  (await cookies()).set(secure ? "__Secure-authjs.session-token" : "authjs.session-token", sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: Boolean(secure),
    expires,
  });
  redirect(safeCallbackPath(formData.get("callbackUrl")));
}
