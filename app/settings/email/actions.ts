"use server";
// The email settings form (/settings/email): the signed-in member's own choices, checked on the server.
import { setEmailChoices } from "@/db/mutations/email-settings";
import { formAction } from "@/server/action";
import { emailChoicesInput } from "@/lib/validation";

export const saveEmailSettingsAction = formAction({
  kind: "email.settings",
  fields: ["replies", "following"],
  // The member's own settings: nothing to name but themselves.
  target: () => "self" as const,
  signInReturn: () => "/settings/email",
  schema: emailChoicesInput,
  mutate: (user, choices) => setEmailChoices(user.id, choices),
  // Back to the page, saying so in its address: the page is the member's own and rendered per
  // request, and a flash notice is not shown again on the path it was left on.
  done: () => "/settings/email?saved=1",
});
