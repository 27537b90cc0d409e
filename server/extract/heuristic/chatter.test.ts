import { describe, expect, it } from "vitest";
import { isAdvert, isChatter, stripAttribution, stripOpeners } from "./chatter";

describe("isChatter", () => {
  it.each([
    "Hello and welcome to Statecraft and Silicon.",
    "Thanks for having me, Ruth.",
    "Great question.",
    "If you enjoyed the episode, please subscribe and leave us a review.",
    "My guest today is Tomas Lindqvist, who advised a digital ministry.",
    "Let's take a quick break.",
    "That's all for this week.",
  ])("catches %j", (sentence) => {
    expect(isChatter(sentence)).toBe(true);
  });

  it.each([
    "Most countries will adapt open models to their own data.",
    "Subscription pricing hides the real cost of inference.",
    "Welcome packs for new civil servants now include AI training.",
    "Most enterprises subscribe to two model providers at once.",
    "Perfect competition drives token prices toward the cost of electricity.",
  ])("lets a claim through: %j", (sentence) => {
    expect(isChatter(sentence)).toBe(false);
  });
});

describe("isAdvert", () => {
  it("recognises a sponsor read but not a claim about sponsors", () => {
    expect(isAdvert("This episode is brought to you by Harbourline Cloud.")).toBe(true);
    expect(isAdvert("Use the code CRUMB at checkout.")).toBe(true);
    expect(isAdvert("The show is supported by Fathom.", "The show is supported by Fathom. Visit fathom.example.com.")).toBe(true);
    expect(isAdvert("The study was sponsored by the ministry and found no effect.")).toBe(false);
    expect(isAdvert("Teams that use the code generation tool ship faster.")).toBe(false);
  });
});

describe("stripOpeners", () => {
  it.each([
    ["So, most countries will adapt.", "Most countries will adapt."],
    ["I think that open models will win.", "Open models will win."],
    ["Yeah, well, compute is scarce.", "Compute is scarce."],
    ["But the answer is evaluation.", "The answer is evaluation."],
    ["So far it has increased demand.", "So far it has increased demand."],
    ["No country can build a fab alone.", "No country can build a fab alone."],
  ])("%j → %j", (sentence, claim) => {
    expect(stripOpeners(sentence)).toBe(claim);
  });
});

describe("stripAttribution", () => {
  const names = (known: string[]) => (words: string) => words.split(" ").every((w) => known.includes(w));

  it("drops a named speaker's reporting verb", () => {
    expect(stripAttribution("Jonas argues that the Act is a paperwork problem.", names(["Jonas"]))).toBe(
      "The Act is a paperwork problem.",
    );
    expect(stripAttribution("On funding, Claire points out that A grows, and that B shrinks.", names(["Claire"]))).toBe(
      "A grows, and B shrinks.",
    );
    expect(stripAttribution("Jonas's view is that Europe should specialise.", names(["Jonas"]))).toBe("Europe should specialise.");
  });

  it("keeps a subject that is not a person, and one the claim still refers to", () => {
    expect(stripAttribution("Nobody thinks that chips are cheap.", names([]))).toBe("Nobody thinks that chips are cheap.");
    const kept = "Jonas estimates that it cut his sales cycle by two months.";
    expect(stripAttribution(kept, names(["Jonas"]))).toBe(kept);
  });
});
