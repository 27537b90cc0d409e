import { describe, expect, it } from "vitest";
import { readStoredDocument, storedFormat, storeDocument } from "./storedDocument";

const meta = { title: "Episode 1", kind: "podcast-episode" as const };

describe("a source's stored document", () => {
  it("reads back the text, turns and format a re-ingest needs, with the address it was fetched from", () => {
    const turns = [{ text: "Open weights let ministries audit chatbots.", speaker: "Maya", startSec: 12, cueEnds: [{ offset: 0, endSec: 15 }] }];
    const stored = storeDocument({ format: "vtt", meta, body: { type: "text", text: turns[0]!.text, turns }, readFrom: "https://example.org/e1.vtt" });
    expect(stored?.readFrom).toBe("https://example.org/e1.vtt");
    expect(readStoredDocument(stored!.document)).toEqual({ format: "vtt", body: { type: "text", text: turns[0]!.text, turns } });
    const listed = storeDocument({ format: "insight-page", meta, body: { type: "listed", headline: null, claims: ["One claim."] } });
    expect(listed?.readFrom).toBeNull();
    expect(readStoredDocument(listed!.document)?.body).toEqual({ type: "listed", headline: null, claims: ["One claim."] });
  });

  it("keeps nothing of ready-made insights, and refuses text that is not a stored document", () => {
    expect(storeDocument({ format: "json", meta, body: { type: "insights", insights: [{ text: "A claim." }] } })).toBeNull();
    expect(readStoredDocument("not json")).toBeNull();
    expect(readStoredDocument(JSON.stringify({ format: "text", body: { type: "insights", insights: [] } }))).toBeNull();
  });

  it("names the format a stored copy was read as from its first characters", () => {
    const stored = storeDocument({ format: "vtt", meta, body: { type: "text", text: "A claim." } });
    expect(storedFormat(stored!.document.slice(0, 64))).toBe("vtt");
    expect(storedFormat(null)).toBeNull();
    expect(storedFormat('{"format":"made-up"}')).toBeNull();
  });
});
