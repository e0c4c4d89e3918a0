import { describe, expect, test } from "vitest";
import { actionIdsOf, formActionIds, isActionId, mayCall } from "./action-ids";

// Ids as Next 16.4.6 wrote them into .next/server/server-reference-manifest.json for this app.
const ACTION = "7fc40e0f76adfb7e8cac9ce3cf4f7226d9af2909e5"; // replyAction
const SIGN_IN = "40e060aefe4e735f6e5ed5f7988daefb606b0ae73b"; // signInWithGitHub, no arguments used
const CACHED = "c03cf4794ceeca73fda86a465e859882ecfcaa60d9"; // a 'use cache' function
const MANIFEST = {
  node: {
    [ACTION]: { exportedName: "replyAction" },
    [SIGN_IN]: { exportedName: "signInWithGitHub" },
    [CACHED]: { exportedName: "$$RSC_SERVER_CACHE_6" },
    // Named as a cache function but not marked as one: refused all the same.
    "00c4794ceeca73fda86a465e859882ecfcaa60d9c0": { exportedName: "$$RSC_SERVER_CACHE_7" },
  },
};

describe("which server references a request may call", () => {
  test("Next's own mark tells a Server Action from a 'use cache' function", () => {
    expect(isActionId(ACTION)).toBe(true);
    expect(isActionId(SIGN_IN)).toBe(true);
    expect(isActionId(CACHED)).toBe(false);
    for (const junk of ["", "7f", ACTION.toUpperCase(), `${ACTION}0`, ACTION.slice(1), "zz".repeat(21)])
      expect(isActionId(junk), junk).toBe(false);
  });

  test("the build's manifest lists the app's actions and none of its cache functions", () => {
    expect([...actionIdsOf(MANIFEST)].sort()).toEqual([SIGN_IN, ACTION].sort());
    expect(actionIdsOf({}).size).toBe(0);
  });

  test("with the manifest, only its actions pass; without one, only ids marked as actions", () => {
    const known = actionIdsOf(MANIFEST);
    expect(mayCall(ACTION, known)).toBe(true);
    expect(mayCall(CACHED, known)).toBe(false);
    expect(mayCall("7f" + "0".repeat(40), known)).toBe(false);
    expect(mayCall("7f" + "0".repeat(40), null)).toBe(true);
    expect(mayCall(CACHED, null)).toBe(false);
  });

  test("a form names its action in $ACTION_ID_ fields or in the descriptor of an $ACTION_REF_ field", () => {
    const fields: Record<string, string> = {
      $ACTION_REF_1: "",
      "$ACTION_1:0": JSON.stringify({ id: CACHED, bound: "$@1" }),
      [`$ACTION_ID_${ACTION}`]: "",
      body: "hello",
    };
    expect(formActionIds(Object.keys(fields), (name) => fields[name] ?? null)).toEqual([CACHED, ACTION]);
    expect(formActionIds(["body", "threadId"], () => null)).toEqual([]);
    expect(formActionIds(["$ACTION_REF_1"], () => null)).toBeNull();
    expect(formActionIds(["$ACTION_REF_1"], () => "{not json")).toBeNull();
    expect(formActionIds(["$ACTION_REF_1"], () => JSON.stringify({ id: 5 }))).toBeNull();
  });
});
