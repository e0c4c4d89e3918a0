// Email settings: which emails the signed-in member gets, and where they go. The member's own page, so
// rendered per request like /notifications; the address is shown masked (no address is ever in a page).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/auth";
import { EmailSettingsForm } from "@/components/email-settings-form";
import { Link } from "@/components/link";
import { emailChoices, maskedAddress } from "@/db/queries/email-settings";
import { emailDelivery } from "@/lib/email/config";
import { signInPath } from "@/lib/urls/safe-redirect";
import { saveEmailSettingsAction } from "./actions";

export const instant = false;
export const metadata: Metadata = { title: "Email settings", robots: { index: false } };

export default async function EmailSettingsPage({ searchParams }: PageProps<"/settings/email">) {
  const saved = (await searchParams).saved === "1";
  const user = await currentUser();
  if (!user) redirect(signInPath("/settings/email"));
  const [choices, address] = await Promise.all([emailChoices(user.id), maskedAddress(user.id)]);
  const delivery = emailDelivery();
  return (
    <section aria-labelledby="email-settings-heading" className="mx-auto max-w-2xl">
      <h1 id="email-settings-heading" className="text-2xl font-bold tracking-tight">
        Email settings
      </h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {address ? (
          <>
            Emails go to <span className="font-medium">{address}</span>, your primary address on GitHub.
          </>
        ) : (
          <>GitHub gave us no address for you, so we cannot email you. Add one on GitHub and sign in again.</>
        )}
      </p>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        An email waits a few minutes and is sent only if you have not read its news on the site by then. Every email has
        a link that turns off its kind at once. Your{" "}
        <Link href="/notifications" className="underline underline-offset-4">
          notifications
        </Link>{" "}
        show everything either way.
      </p>
      {delivery.kind === "off" && (
        <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          This forum has no mail server set up yet: your choices are kept for when it has.
        </p>
      )}
      {saved && (
        <p
          role="status"
          className="mt-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
        >
          Your email settings were saved.
        </p>
      )}
      <EmailSettingsForm action={saveEmailSettingsAction} choices={choices} />
    </section>
  );
}
