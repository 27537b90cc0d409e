import { describe, expect, it } from "vitest";
import { resolveSpeakers, type SpeakerMention } from "./resolve";

const said = (label: string, sourceId: string, show: string | null = "Compute Weekly", insightId = `${label}-${sourceId}`): SpeakerMention => ({
  insightId,
  sourceId,
  show,
  label,
  startSec: null,
});

describe("resolveSpeakers", () => {
  it("makes one person of a name said on two episodes of one show", () => {
    const { speakers, saidBy } = resolveSpeakers([said("Maya Chen", "e1"), said("maya chen", "e2")], []);
    expect(speakers).toHaveLength(1);
    expect(new Set(saidBy.map((r) => r.speakerId)).size).toBe(1);
  });

  it("takes a first name alone as the one full name of the show starting with it", () => {
    const { speakers } = resolveSpeakers([said("Maya", "e1"), said("Maya Chen", "e2")], []);
    expect(speakers).toEqual([expect.objectContaining({ name: "Maya Chen", aliases: ["Maya"], named: true })]);
  });

  it("completes a first-name-only speaker already known when the full name arrives", () => {
    const known = resolveSpeakers([said("Maya", "e1")], []).speakers.map((s) => ({ id: s.id, scope: s.scope, name: s.name, aliases: s.aliases }));
    const { speakers } = resolveSpeakers([said("Maya Chen", "e2")], known);
    expect(speakers).toEqual([expect.objectContaining({ id: known[0]!.id, name: "Maya Chen", aliases: ["Maya"] })]);
  });

  it("leaves an ambiguous first name a person of its own rather than merge wrongly", () => {
    const { speakers } = resolveSpeakers([said("Maya Chen", "e1"), said("Maya Lopez", "e1"), said("Maya", "e2")], []);
    expect(speakers.map((s) => s.name).sort()).toEqual(["Maya", "Maya Chen", "Maya Lopez"]);
  });

  it("keeps the same name on two shows two people (a name is one person within a show)", () => {
    const { speakers } = resolveSpeakers([said("Sam Lee", "e1", "Show A"), said("Sam Lee", "e2", "Show B")], []);
    expect(speakers).toHaveLength(2);
  });

  it("keeps 'Speaker 1' and timestamps unnamed voices of their episode, never merged across episodes", () => {
    const { speakers } = resolveSpeakers([said("Speaker 1", "e1"), said("Speaker 1", "e2"), said("00:12:05", "e1"), said("SPEAKER_02", "e1")], []);
    expect(speakers).toHaveLength(4);
    expect(speakers.every((s) => !s.named)).toBe(true);
  });

  it("reads a role the label gives, and links every labelled claim to its speaker", () => {
    const { speakers, saidBy } = resolveSpeakers([said("Maya Chen (host)", "e1", "Show", "i1"), said("Maya Chen", "e2", "Show", "i2")], []);
    expect(speakers).toEqual([expect.objectContaining({ name: "Maya Chen", role: "host" })]);
    expect(saidBy.map((r) => r.insightId).sort()).toEqual(["i1", "i2"]);
  });
});
