import { describe, expect, it } from "vitest";
import { dropRepeatedAcrossItems } from "./boilerplate";

describe("dropRepeatedAcrossItems", () => {
  const signOff = "In Alabama, I'm Dave Jones! Thanks for listening.";
  const items = [
    `The county cut its water bill by 12 percent after fixing leaks. ${signOff}`,
    `Peanut farmers planted earlier this year because of the drought.\n\n${signOff}`,
    `The state's new bridge opened two years late and 40 million dollars over budget. ${signOff.toUpperCase()}`,
    `Episode 4 notes. Rural clinics lost a third of their nurses since 2019. ${signOff}`,
  ];

  it("drops the sign-off every item repeats and keeps each item's own claims", () => {
    const cleaned = dropRepeatedAcrossItems(items);
    expect(cleaned.join("\n")).not.toMatch(/Dave Jones|thanks for listening/i);
    expect(cleaned[0]).toBe("The county cut its water bill by 12 percent after fixing leaks.");
    expect(cleaned[1]).toBe("Peanut farmers planted earlier this year because of the drought.");
    expect(cleaned[3]).toContain("Rural clinics lost a third of their nurses since 2019.");
  });

  it("leaves a feed of one or two items alone", () => {
    expect(dropRepeatedAcrossItems(items.slice(0, 2))).toEqual(items.slice(0, 2));
  });
});
