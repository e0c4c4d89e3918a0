import { describe, expect, it } from "vitest";
import type { PathMap } from "@/db/queries/path-map";
import { layoutPathMap, MAP_WIDTH } from "./path-map-layout";

// Two stories: a teacher without a degree hired by referral as an ML engineer, and a finance
// graduate through a portfolio as a data scientist; a second teacher took the same path.
const MAP: PathMap = {
  total: 3,
  nodes: [
    { stage: "field", value: "teaching", count: 2 },
    { stage: "field", value: "finance", count: 1 },
    { stage: "education", value: "no-degree", count: 2 },
    { stage: "education", value: "bachelors-unrelated", count: 1 },
    { stage: "how", value: "referral", count: 2 },
    { stage: "how", value: "portfolio", count: 1 },
    { stage: "role", value: "ml-engineer", count: 2 },
    { stage: "role", value: "data-scientist", count: 1 },
  ],
  flows: [
    { from: "field", source: "teaching", target: "no-degree", count: 2 },
    { from: "field", source: "finance", target: "bachelors-unrelated", count: 1 },
    { from: "education", source: "no-degree", target: "referral", count: 2 },
    { from: "education", source: "bachelors-unrelated", target: "portfolio", count: 1 },
    { from: "how", source: "referral", target: "ml-engineer", count: 2 },
    { from: "how", source: "portfolio", target: "data-scientist", count: 1 },
  ],
  milestones: [],
};

describe("the path map's layout", () => {
  it("puts each stage in its own column, left to right, inside the drawing", () => {
    const layout = layoutPathMap(MAP, {})!;
    expect(layout.columns.map((c) => c.stage)).toEqual(["field", "education", "how", "role"]);
    const xs = layout.columns.map((c) => c.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const n of layout.nodes) {
      expect(n.x0).toBe(layout.columns.find((c) => c.stage === n.stage)!.x);
      expect(n.x1).toBeLessThanOrEqual(MAP_WIDTH);
      expect(n.y1).toBeLessThanOrEqual(layout.height);
    }
  });

  it("makes each flow as wide as its number of stories, and nodes as tall as theirs", () => {
    const layout = layoutPathMap(MAP, {})!;
    const flow = (id: string) => layout.flows.find((f) => f.id === id)!;
    const wide = flow("field:teaching>education:no-degree");
    const narrow = flow("field:finance>education:bachelors-unrelated");
    expect(wide.width / narrow.width).toBeCloseTo(2, 1);
    const node = (id: string) => layout.nodes.find((n) => n.id === id)!;
    const height = (id: string) => node(id).y1 - node(id).y0;
    expect(height("role:ml-engineer") / height("role:data-scientist")).toBeCloseTo(2, 1);
    expect(node("education:no-degree")).toMatchObject({ label: "No degree", count: 2 });
  });

  it("links every node and flow to its stories, within the view's filters", () => {
    const layout = layoutPathMap(MAP, { time: "1-2-years" })!;
    expect(layout.nodes.find((n) => n.id === "field:teaching")!.href).toBe("/stories?field=teaching&time=1-2-years");
    expect(layout.flows.find((f) => f.id === "field:teaching>education:no-degree")!.href).toBe(
      "/stories?education=no-degree&field=teaching&time=1-2-years",
    );
    expect(layout.flows.find((f) => f.id === "how:referral>role:ml-engineer")!.href).toBe(
      "/stories?role=ml-engineer&time=1-2-years&how=referral",
    );
  });

  it("draws nothing for a view without stories", () => {
    expect(layoutPathMap({ total: 0, nodes: [], flows: [], milestones: [] }, { field: "healthcare" })).toBeNull();
  });
});
