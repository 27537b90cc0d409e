import type { SourceId } from "@shared/ids";
import { describe, expect, it } from "vitest";
import { describeEnrichment, enrichmentStep } from "./enrichment";

const row = (id: string, insights: number, waiting: number, parked = 0) => ({ id: id.repeat(32) as SourceId, insights, waiting, parked });

describe("a file's enrichment step", () => {
  it("waits while any of its sources' insights wait, counting them all", () => {
    const step = enrichmentStep([row("a", 4, 0), row("b", 6, 3)]);
    expect(step).toEqual({ done: false, waiting: 3, insights: 10 });
    expect(describeEnrichment(step)).toBe("enriching: 3 of 10 insights still waiting for topics and related lists…");
  });

  it("is enriched once nothing waits, and says which were given up on", () => {
    expect(describeEnrichment(enrichmentStep([row("a", 4, 0)]))).toBe("enriched");
    expect(describeEnrichment(enrichmentStep([row("a", 4, 0, 1)]))).toBe("enriched, 1 insight given up on (see the status)");
    // A source deleted meanwhile is left out of the answer: nothing of it waits.
    expect(enrichmentStep([])).toEqual({ done: true, parked: 0 });
  });
});
