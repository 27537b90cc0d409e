import type { SpeakerId } from "@shared/api/speakers";
import type { SourceId } from "@shared/ids";
import { describeVoices } from "@shared/format";
import { describe, expect, it } from "vitest";
import { voiceDiversity } from "./voices";

const source = (id: string, show: string | null) => ({ id: id.repeat(32) as SourceId, title: `Episode ${id}`, url: null, show, kind: null, publishedAt: null });
const speaker = (id: string, name: string, named = true) => ({ id: id.repeat(32) as SpeakerId, name, named });

describe("voiceDiversity", () => {
  it("counts shows and named speakers, and names the voice heard most with its share", () => {
    const voices = voiceDiversity([
      { source: source("1", "Statecraft"), speakers: [speaker("a", "Maya Chen")] },
      { source: source("2", "Statecraft"), speakers: [speaker("a", "Maya Chen")] },
      { source: source("3", "Compute Weekly"), speakers: [speaker("b", "Sam Lee")] },
      { source: source("4", "Compute Weekly"), speakers: [speaker("c", "Speaker 1", false)] },
    ]);
    expect(voices).toEqual({ items: 4, shows: 2, speakers: 2, topVoice: { name: "Maya Chen", kind: "speaker", items: 2, share: 0.5 }, note: null });
    expect(describeVoices(voices)).toBe("4 items from 2 shows and 2 named speakers; heard most: Maya Chen, 2 of 4 (50 %)");
  });

  it("notes one voice holding over half; an unnamed voice counts as its show", () => {
    const voices = voiceDiversity([
      { source: source("1", "Statecraft"), speakers: [speaker("c", "Speaker 1", false)] },
      { source: source("2", "Statecraft"), speakers: [] },
      { source: source("3", null), speakers: [] },
    ]);
    expect(voices.topVoice).toEqual({ name: "Statecraft", kind: "show", items: 2, share: 2 / 3 });
    expect(voices.speakers).toBe(0);
    expect(describeVoices(voices)).toBe("3 items from 1 show; no named speakers; heard most: Statecraft, 2 of 3 (67 %)");
    expect(voices.note).toBe("One voice holds over half: Statecraft (2 of 3, 67 %).");
  });

  it("has no top voice for an empty list and no note for a single item", () => {
    expect(voiceDiversity([])).toMatchObject({ items: 0, topVoice: null, note: null });
    expect(voiceDiversity([{ source: source("1", null), speakers: [] }]).note).toBeNull();
  });
});
