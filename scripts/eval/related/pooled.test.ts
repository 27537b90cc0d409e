import { describe, expect, it } from "vitest";
import { scorePooled } from "./pooled";
import type { LabelledClaim } from "./publicSet";

const claim = (key: string, split: string, groups: string[]): LabelledClaim => ({
  key,
  id: key,
  text: `claim ${key}`,
  topic: split,
  split,
  groups,
  stance: undefined,
  paraphrase: false,
});

// Two train claims of one group and two dev claims of another; every query ranks the whole pool in order.
const claims = [claim("t1", "train", ["g"]), claim("t2", "train", ["g"]), claim("d1", "dev", ["h"]), claim("d2", "dev", ["h"])];
const everyone = () => [0, 1, 2, 3];

describe("scorePooled", () => {
  it("narrows the queries to one split while the pool keeps every claim", () => {
    const dev = scorePooled(claims, everyone, undefined, (c) => c.split === "dev");
    expect(dev.queries).toBe(2);
    // d1's list is t1, t2, d2 (itself dropped): its one relevant claim is third, after two train claims of the pool.
    expect(dev.mapAt10).toBeCloseTo((1 / 3 + 1 / 3) / 2);
  });

  it("asks every labelled claim by default", () => {
    expect(scorePooled(claims, everyone).queries).toBe(4);
  });
});
