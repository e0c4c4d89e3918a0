// Which server references a request may call. Next registers every 'use cache' function as a server
// reference beside the app's Server Actions, and its action handler runs whichever id a request names
// (Next 16.4 has no setting to keep cache functions out of it): so a cached read, given any arguments,
// would answer anyone who posts its id. proxy.ts lets through only the ids of the app's own actions.

/** Next's server reference ids: 42 hex digits, the first byte saying what the reference is. */
const REFERENCE_ID = /^[0-9a-f]{42}$/;

/**
 * Next sets the top bit of an id's first byte for a 'use cache' function and clears it for a Server
 * Action (next/dist/shared/lib/server-reference-info.js, extractInfoFromServerReferenceId).
 */
export function isActionId(id: string): boolean {
  return REFERENCE_ID.test(id) && (parseInt(id.slice(0, 2), 16) & 0x80) === 0;
}

type ReferenceManifest = { node?: Record<string, { exportedName?: string }> };

/**
 * The app's Server Actions as the build listed them (`.next/server/server-reference-manifest.json`):
 * every reference that is neither marked nor named as a cache function. A cache function added later
 * is refused without anyone having to list it.
 */
export function actionIdsOf(manifest: ReferenceManifest): Set<string> {
  return new Set(
    Object.entries(manifest.node ?? {})
      .filter(([id, entry]) => isActionId(id) && !entry.exportedName?.startsWith("$$RSC_SERVER_CACHE"))
      .map(([id]) => id),
  );
}

/** `known` is the build's list, or null where there is none to read (`next dev`): then the id's own mark decides. */
export function mayCall(id: string, known: Set<string> | null): boolean {
  return isActionId(id) && (known === null || known.has(id));
}

/**
 * The ids a multipart form post asks Next to run without JavaScript: `$ACTION_ID_<id>` fields, and
 * `$ACTION_REF_<n>` fields whose `$ACTION_<n>:0` field holds `{"id": …, "bound": …}` (React's
 * decodeAction). Null when a reference is malformed, which Next would answer with an error.
 */
export function formActionIds(fieldNames: string[], field: (name: string) => string | null): string[] | null {
  const ids: string[] = [];
  for (const name of fieldNames) {
    if (name.startsWith("$ACTION_ID_")) ids.push(name.slice("$ACTION_ID_".length));
    else if (name.startsWith("$ACTION_REF_")) {
      const descriptor = field(`$ACTION_${name.slice("$ACTION_REF_".length)}:0`);
      try {
        const id: unknown = descriptor === null ? null : JSON.parse(descriptor)?.id;
        if (typeof id !== "string") return null;
        ids.push(id);
      } catch {
        return null;
      }
    }
  }
  return ids;
}
