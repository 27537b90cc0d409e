import { describe, expect, it } from "vitest";
import { locateQuote } from "./locate";

// Two turns of subtitles: cue times inside each, as the subtitle reader gives them.
const turns = [
  { text: "So the grid is the constraint.\nPower, not chips.", speaker: "Ana", startSec: 0, cues: [{ offset: 31, startSec: 3 }], cueEnds: [{ offset: 0, endSec: 2 }, { offset: 31, endSec: 5 }] },
  { text: "Utilities plan in decades. Labs plan in months.", speaker: "Ben", startSec: 6, cues: [{ offset: 27, startSec: 9 }], cueEnds: [{ offset: 0, endSec: 8 }, { offset: 27, endSec: 11 }] },
];

describe("locateQuote", () => {
  it("maps a span across a line break to the start of its first cue and the end of its last", () => {
    expect(locateQuote("the constraint. Power, not chips.", turns)).toEqual({ speaker: "Ana", startSec: 0, endSec: 5 });
  });

  it("finds a span in a later turn, or one running into the next turn, by the turn it starts in", () => {
    expect(locateQuote("Labs plan in months.", turns)).toEqual({ speaker: "Ben", startSec: 9, endSec: 11 });
    expect(locateQuote("not chips. Utilities plan in decades.", turns)).toEqual({ speaker: "Ana", startSec: 3, endSec: 8 });
  });

  it("gives a transcript timed by turns the turn's start, and nothing for words the turns do not hold", () => {
    expect(locateQuote("Labs plan in months.", [{ text: "Labs plan in months.", startSec: 70 }])).toEqual({ startSec: 70 });
    expect(locateQuote("Labs plan in weeks.", turns)).toBeUndefined();
  });
});
