import { describe, expect, it } from "vitest";
import { moveFocus, nodeInDirection, type PlacedGraphNode } from "./keyboardFocus";

const node = (id: string, x: number, y: number, size = 1): PlacedGraphNode => ({ id, position: { x, y }, size });
//        up(0,-100)
// left(-100,0)  centre(0,0)  right(100,0)   far(400, 10)
//        down(0,100)         diag(80, 90)
const nodes = [node("centre", 0, 0, 5), node("up", 0, -100), node("left", -100, 0), node("right", 100, 0), node("down", 0, 100), node("diag", 80, 90), node("far", 400, 10, 9)];
const links: Record<string, string[]> = { centre: ["up", "left", "down", "diag"], up: ["centre"], far: [] };
const neighboursOf = (id: string) => links[id] ?? [];

describe("keyboard focus on a graph", () => {
  it("picks the nearest node that lies the way the arrow points", () => {
    const centre = nodes[0]!;
    expect(nodeInDirection(centre, nodes, "up")).toBe("up");
    expect(nodeInDirection(centre, nodes, "right")).toBe("right");
    expect(nodeInDirection(centre, nodes, "down")).toBe("down");
    expect(nodeInDirection(node("x", 0, -200), [node("y", 0, -300)], "down")).toBeNull();
  });

  it("moves between a node's neighbours first, and to any node only when no neighbour lies that way", () => {
    // "right" is nearer, but it is not a neighbour of centre: the linked "diag" lies within 60° of right.
    expect(moveFocus("centre", "right", nodes, neighboursOf)).toBe("diag");
    expect(moveFocus("centre", "left", nodes, neighboursOf)).toBe("left");
    // "far" has no links: arrows still leave it.
    expect(moveFocus("far", "left", nodes, neighboursOf)).toBe("right");
    // Nothing lies that way: focus stays.
    expect(moveFocus("far", "right", nodes, neighboursOf)).toBe("far");
  });

  it("starts at the selected node, else the largest, when nothing has focus yet", () => {
    expect(moveFocus(null, "down", nodes, neighboursOf, "left")).toBe("left");
    expect(moveFocus(null, "down", nodes, neighboursOf)).toBe("far");
    expect(moveFocus("gone", "down", nodes, neighboursOf)).toBe("far");
    expect(moveFocus(null, "down", [], neighboursOf)).toBeNull();
  });
});
