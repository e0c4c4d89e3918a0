// Who may change a post. One rule, used by every action and tested directly.
export type Viewer = { id: string } | null;
export type OwnedPost = { authorId: string; deletedAt: Date | null };

/** Only the author may edit or delete their own post, and only while it still exists. */
export function canEdit(viewer: Viewer, post: OwnedPost): boolean {
  return viewer !== null && post.deletedAt === null && viewer.id === post.authorId;
}
