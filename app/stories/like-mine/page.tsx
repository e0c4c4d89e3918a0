import { PathsLikeMine, likeMineMetadata } from "./like-mine-view";

export const metadata = likeMineMetadata;

// The empty form needs no data, so `next build` renders it once; its answers are `[view]/page.tsx`.
export default function PathsLikeMinePage() {
  return <PathsLikeMine start={{}} matches={null} />;
}
