// Lays the path map out on the server with d3-sankey, so the page sends finished SVG coordinates and
// no chart code reaches the browser (server-only keeps it out of every client bundle).
import "server-only";
import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from "d3-sankey";
import type { PathMap } from "@/db/queries/path-map";
import { PATH_STAGES, STAGE_OPTIONS, type PathStage } from "@/lib/stories/path-map";
import { labelOf } from "@/lib/stories/story-facts";
import { storiesUrl, type StoryFilters } from "@/lib/stories/story-filters";

export type MapNodeBox = {
  id: string;
  stage: PathStage;
  label: string;
  count: number;
  href: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
};

export type MapFlowPath = {
  id: string;
  source: MapNodeBox;
  target: MapNodeBox;
  count: number;
  href: string;
  /** The SVG path of the flow's centre line; its stroke width is `width`. */
  d: string;
  width: number;
  /** Where the flow meets its target: its count is written there, where no other flow's is. */
  endY: number;
};

export type MapLayout = {
  width: number;
  height: number;
  /** Each stage's column: where its heading goes. */
  columns: { stage: PathStage; x: number }[];
  nodes: MapNodeBox[];
  flows: MapFlowPath[];
};

/** The drawing's coordinate space; the SVG scales it, so these are proportions as much as pixels. */
export const MAP_WIDTH = 1040;
// Room right of the last column for its labels (the others sit between columns).
// "Applied / research scientist 1,402" at 13 units a letter.
const RIGHT_LABELS = 250;
const NODE_WIDTH = 12;
// Enough between two nodes for a line of label each, whatever their counts.
const NODE_PADDING = 24;
// Room above the columns for their headings.
const TOP = 30;

// `slug`, not `value`: d3-sankey writes each node's total into `value`.
type Node = { id: string; stage: PathStage; slug: string; order: number };
type Link = { key: string };

const nodeId = (stage: PathStage, value: string) => `${stage}:${value}`;

/**
 * Node and flow boxes for the stories in view, in MAP_WIDTH × height units, each with the address
 * of its stories (the view's filters plus its own values). Stages keep their order as columns; within
 * a column d3-sankey orders nodes to keep flows from crossing.
 */
export function layoutPathMap(map: PathMap, filters: StoryFilters): MapLayout | null {
  if (map.total === 0 || map.flows.length === 0) return null;
  const nodes: Node[] = map.nodes
    .map((n) => ({
      id: nodeId(n.stage, n.value),
      stage: n.stage,
      slug: n.value,
      order: STAGE_OPTIONS[n.stage].findIndex((o) => o.slug === n.value),
    }))
    // The input order decides ties, so the same figures always give the same drawing.
    .sort((a, b) => PATH_STAGES.indexOf(a.stage) - PATH_STAGES.indexOf(b.stage) || a.order - b.order);
  const links = map.flows.map((f) => {
    const to = PATH_STAGES[PATH_STAGES.indexOf(f.from) + 1];
    return { source: nodeId(f.from, f.source), target: nodeId(to, f.target), value: f.count, key: "" };
  });
  const perColumn = Math.max(...PATH_STAGES.map((s) => nodes.filter((n) => n.stage === s).length));
  const height = TOP + Math.min(820, Math.max(300, perColumn * 52));
  const graph = sankey<Node, Link>()
    .nodeId((n) => n.id)
    .nodeAlign((n) => PATH_STAGES.indexOf(n.stage))
    .nodeWidth(NODE_WIDTH)
    .nodePadding(NODE_PADDING)
    .extent([
      [1, TOP],
      [MAP_WIDTH - RIGHT_LABELS, height - 1],
    ])({ nodes: nodes.map((n) => ({ ...n })), links });

  const counts = new Map(map.nodes.map((n) => [nodeId(n.stage, n.value), n.count]));
  const boxes = new Map<string, MapNodeBox>();
  for (const n of graph.nodes as SankeyNode<Node, Link>[]) {
    boxes.set(n.id, {
      id: n.id,
      stage: n.stage,
      label: labelOf(STAGE_OPTIONS[n.stage], n.slug),
      count: counts.get(n.id) ?? n.value ?? 0,
      href: storiesUrl({ ...filters, [n.stage]: n.slug }, "newest"),
      x0: round(n.x0!),
      x1: round(n.x1!),
      y0: round(n.y0!),
      y1: round(n.y1!),
    });
  }
  const path = sankeyLinkHorizontal<Node, Link>();
  const flows = (graph.links as SankeyLink<Node, Link>[]).map((l) => {
    const source = l.source as SankeyNode<Node, Link>;
    const target = l.target as SankeyNode<Node, Link>;
    return {
      id: `${source.id}>${target.id}`,
      source: boxes.get(source.id)!,
      target: boxes.get(target.id)!,
      count: l.value,
      href: storiesUrl({ ...filters, [source.stage]: source.slug, [target.stage]: target.slug }, "newest"),
      d: roundPath(path(l) ?? ""),
      width: round(Math.max(1, l.width ?? 1)),
      endY: round(l.y1!),
    };
  });
  const placed = [...boxes.values()];
  const columns = PATH_STAGES.map((stage) => ({
    stage,
    x: Math.min(...placed.filter((n) => n.stage === stage).map((n) => n.x0)),
  }));
  return { width: MAP_WIDTH, height, columns, nodes: placed, flows };
}

// A tenth of a unit is far below a pixel; it keeps the HTML (and its RSC copy) short.
const round = (n: number) => Math.round(n * 10) / 10;
const roundPath = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));
