import { describe, expect, it } from "vitest";
import { enrichmentLine } from "./enrichmentLine";

describe("the explorer's enrichment line", () => {
  it("names how many new insights wait and how long they will take", () => {
    expect(enrichmentLine({ waitingForRelated: 3200, etaSeconds: 20, parked: 0, worker: true })).toBe("Related lists for 3,200 new insights: about 20 s");
    expect(enrichmentLine({ waitingForRelated: 1, etaSeconds: 400, parked: 0, worker: true })).toBe("Related lists for 1 new insight: about 7 min");
  });

  it("says nothing when nothing waits, and says why when no rate is known", () => {
    expect(enrichmentLine({ waitingForRelated: 0, etaSeconds: 0, parked: 2, worker: true })).toBeNull();
    expect(enrichmentLine({ waitingForRelated: 5, etaSeconds: null, parked: 0, worker: false })).toBe("Related lists for 5 new insights: waiting for a server to compute them");
  });
});
