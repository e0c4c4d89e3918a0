import { test as setup } from "./fixtures";
import { ADA, GRACE, signInThroughGitHub, storageStateFor } from "./support";

for (const login of [ADA, GRACE]) {
  setup(`${login} signs in with GitHub`, async ({ page }) => {
    await signInThroughGitHub(page, login);
    await page.context().storageState({ path: storageStateFor(login) });
  });
}
