import { describe, expect, it } from "vitest";
import { isVerbatim, repairQuote } from "./verbatim";

const source = "Inference costs fell tenfold in two years.\nCheaper tokens went into longer prompts. Bills stayed flat.";

describe("quotes verbatim", () => {
  it("accepts a span of the source whatever its whitespace", () => {
    expect(isVerbatim("two years. Cheaper   tokens", source)).toBe(true);
    expect(isVerbatim("costs fell twentyfold", source)).toBe(false);
  });

  it("repairs a reworded quote to the closest span, and drops one the source does not say", () => {
    expect(repairQuote("Cheaper tokens went into longer prompts.", source)).toEqual({ quote: "Cheaper tokens went into longer prompts.", repaired: false });
    expect(repairQuote("cheaper tokens were spent on longer prompts", source)).toEqual({ quote: "Cheaper tokens went into longer prompts.", repaired: true });
    expect(repairQuote("Open models beat closed ones on every benchmark.", source)).toBeUndefined();
  });
});
