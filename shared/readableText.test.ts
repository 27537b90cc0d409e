import { describe, expect, it } from "vitest";
import { unreadableText } from "./readableText";

describe("unreadableText", () => {
  it("reads prose, transcripts and other scripts as text", () => {
    expect(unreadableText("Open models win.\n\tMaya: yes.")).toBeNull();
    expect(unreadableText("科学家发现了一种新方法。")).toBeNull();
  });

  it("refuses control characters, binary bytes and symbols alone", () => {
    expect(unreadableText("\u0001\u0002\u0003\u0007")).toMatch(/no letters or digits/);
    expect(unreadableText("\u0001a\u0002b\u0003c\u0004\u0005\u0006")).toMatch(/binary/);
    expect(unreadableText("\uFFFD\uFFFDab\uFFFD\uFFFD\uFFFD")).toMatch(/binary/);
    expect(unreadableText("!!! ---")).toMatch(/no letters or digits/);
  });
});
