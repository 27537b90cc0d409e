import { describe, expect, it } from "vitest";
import type { CruxCandidate } from "../repositories/cruxes";
import { pickCruxes } from "./cruxes";

const person = (name: string) => ({ id: name.padEnd(32, "0"), name, named: true }) as never;
const side = (id: string, ...speakers: string[]) => ({
  id: id.padEnd(32, "0") as never,
  text: `claim ${id}`,
  quote: null,
  said: speakers.map((name) => ({ speaker: person(name), source: { id: "f".repeat(32) as never, title: "Ep", url: null, show: null, publishedAt: null }, startSec: null, endSec: null })),
});
const pair = (a: ReturnType<typeof side>, b: ReturnType<typeof side>): CruxCandidate => ({ sides: [a, b], relationConfidence: 0.6, reason: "" });

describe("pickCruxes", () => {
  it("keeps disagreements between different speakers, at most three, one per claim", () => {
    const cruxes = pickCruxes([pair(side("a", "ann"), side("b", "bob")), pair(side("a", "ann"), side("c", "cy")), pair(side("d", "dee"), side("e", "eve"))]);
    expect(cruxes.map((c) => c.sides.map((s) => s.id[0]).join(""))).toEqual(["ab", "de"]);
    expect(pickCruxes(Array.from({ length: 6 }, (_, i) => pair(side(`${i}a`, "ann"), side(`${i}b`, "bob"))))).toHaveLength(3);
  });

  it("names a speaker heard on both sides as having changed their mind", () => {
    const [crux] = pickCruxes([pair(side("a", "ann"), side("b", "ann"))]);
    expect(crux?.changedMind.map((s) => s.name)).toEqual(["ann"]);
  });
});
