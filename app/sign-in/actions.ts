"use server";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/urls/safe-redirect";

export async function signInWithGitHub(formData: FormData) {
  await signIn("github", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}
