// A story's link-preview image: its path, drawn on the server ("Bookkeeper → ML engineer, in 14 months").
// The PNG is cached under the story's tag like its page, so a preview costs one render per edit; a
// hidden, deleted or unknown story gets the site's plain card, never its text.
import { ImageResponse } from "next/og";
import { getStory } from "@/db/queries/stories";
import { tags } from "@/lib/cache-tags";
import { parseThreadParam } from "@/lib/ids";
import { cachedFor } from "@/server/page-cache";
import { storyPathParts } from "@/lib/stories/story-path";

export const alt = "A career path into machine learning, shared on MLPaths";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

type Card = { from: string; to: string; time: string; education: string; title: string; login: string } | null;

// Satori's default font covers Latin but not "→", which would make it fetch a font from Google:
// the arrow is drawn instead.
function Arrow() {
  return (
    <svg width="72" height="48" viewBox="0 0 72 48" style={{ margin: "0 24px" }}>
      <path
        d="M4 24 H60 M44 8 L62 24 L44 40"
        stroke="#059669"
        strokeWidth="7"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function Picture({ card }: { card: Card }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#f8faf9",
        color: "#18181b",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, color: "#047857" }}>MLPaths</div>
      {card ? (
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", alignItems: "center", flexWrap: "wrap", fontSize: 68, lineHeight: 1.15 }}>
            <span>{clip(card.from, 40)}</span>
            <Arrow />
            <span>{card.to}</span>
          </div>
          <div
            style={{ display: "flex", marginTop: 28, fontSize: 40, color: "#3f3f46" }}
          >{`in ${card.time}, ${card.education}`}</div>
        </div>
      ) : (
        <div style={{ display: "flex", fontSize: 64, lineHeight: 1.2 }}>
          {"Career paths into machine learning, without a master's or a PhD"}
        </div>
      )}
      <div style={{ display: "flex", fontSize: 30, color: "#52525b" }}>
        {card ? `${clip(card.title, 70)} · ${card.login}` : "Real stories from people who made the move"}
      </div>
    </div>
  );
}

async function storyCard(id: number | null): Promise<Uint8Array> {
  "use cache";
  const story = id === null ? null : await getStory(id);
  if (id !== null) cachedFor(tags.thread(id));
  const card =
    story && !story.hiddenAt ? { ...storyPathParts(story), title: story.title, login: story.author.login } : null;
  const image = new ImageResponse(<Picture card={card} />, size);
  return new Uint8Array(await image.arrayBuffer());
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const png = await storyCard(parseThreadParam((await params).id));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": contentType } });
}
