import { describe, expect, it } from "vitest";
import { parseTimestamp, parseTurns } from "./transcript";

describe("parseTurns", () => {
  it("strips the speaker label styles transcripts use", () => {
    const turns = parseTurns(
      [
        "Host: Welcome back.",
        "Maya Chen: Open models are catching up.",
        "SPEAKER_00: Compute is scarce.",
        "Speaker 2: Data is the moat.",
        "Host (Nadia Petrov): Chips are a chokepoint.",
        "Ludwig van Dam: Energy is the constraint.",
      ].join("\n"),
    );
    expect(turns.map((t) => t.text)).toEqual([
      "Welcome back.",
      "Open models are catching up.",
      "Compute is scarce.",
      "Data is the moat.",
      "Chips are a chokepoint.",
      "Energy is the constraint.",
    ]);
    expect(turns.map((t) => t.speaker)).toEqual(["Host", "Maya Chen", "SPEAKER_00", "Speaker 2", "Nadia Petrov", "Ludwig van Dam"]);
  });

  it("reads timestamps before or inside the label and drops inline ones", () => {
    const turns = parseTurns("[00:12:31] Maya Chen: First point.\nTomas (01:05): Second [00:01:10] point.\n12:00 - Third.");
    expect(turns).toEqual([
      { text: "First point.", speaker: "Maya Chen", startSec: 751 },
      { text: "Second point.", speaker: "Tomas", startSec: 65 },
      { text: "Third.", startSec: 720 },
    ]);
  });

  it("removes stage directions and fillers", () => {
    const [turn] = parseTurns("Guest: Um, so [laughs] the uh cost of inference (crosstalk) fell.");
    expect(turn?.text).toBe("so the cost of inference fell.");
  });

  it("joins hard-wrapped prose and splits paragraphs at blank lines", () => {
    const turns = parseTurns("Open models are\nwinning.\n\nA second paragraph.");
    expect(turns.map((t) => t.text)).toEqual(["Open models are winning.", "A second paragraph."]);
  });

  it("joins a speaker's consecutive lines into one turn, each line's time kept as a cue", () => {
    const turns = parseTurns("[00:10] SANDERS: Wages fell.\n[00:14] SANDERS: They fell for years.\nTODD: Why?");
    expect(turns).toEqual([
      { text: "Wages fell. They fell for years.", speaker: "SANDERS", startSec: 10, cues: [{ offset: 12, startSec: 14 }] },
      { text: "Why?", speaker: "TODD" },
    ]);
  });

  it("does not mistake a sentence with a colon for a label", () => {
    const [turn] = parseTurns("The honest answer is this: nobody knows.");
    expect(turn?.text).toBe("The honest answer is this: nobody knows.");
    expect(turn?.speaker).toBeUndefined();
  });
});

describe("parseTimestamp", () => {
  it.each([
    ["00:12:31", 751],
    ["[1:02:03]", 3723],
    ["(05:07)", 307],
    ["soon", undefined],
  ])("%s → %s", (raw, seconds) => {
    expect(parseTimestamp(raw)).toBe(seconds);
  });
});
