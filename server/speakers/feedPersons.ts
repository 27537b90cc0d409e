import type { Turn } from "../extract/types";
import { firstToken, nameKey, readSpeakerName } from "./names";

/** A person a feed names for a show or an episode (Podcasting 2.0 `podcast:person`) as host or guest. */
export interface FeedPerson {
  readonly name: string;
  readonly role: "host" | "guest";
}

/**
 * Turns whose speaker the feed names as host or guest, with the role added to the label
 * ("Maya Chen" → "Maya Chen (host)"), the form a transcript's own header gives and speaker
 * resolution reads. A label matches a person by full name, or by first name when only one person
 * has it; a label that already says its role keeps it, and an episode's own people come before
 * the show's (a guest host of one episode is that episode's host).
 */
export function withFeedRoles(turns: readonly Turn[], persons: readonly FeedPerson[]): Turn[] {
  if (persons.length === 0) return [...turns];
  const byKey = new Map<string, FeedPerson["role"]>();
  for (const person of persons) {
    const key = nameKey(person.name);
    if (key && !byKey.has(key)) byKey.set(key, person.role);
  }
  const byFirst = new Map<string, FeedPerson["role"][]>();
  for (const [key, role] of byKey) byFirst.set(firstToken(key), [...(byFirst.get(firstToken(key)) ?? []), role]);
  return turns.map((turn) => {
    if (!turn.speaker) return turn;
    const { name, role } = readSpeakerName(turn.speaker);
    if (role) return turn;
    const key = nameKey(name);
    const sameFirst = byFirst.get(key);
    const found = byKey.get(key) ?? (sameFirst?.length === 1 ? sameFirst[0] : undefined);
    return found ? { ...turn, speaker: `${name} (${found})` } : turn;
  });
}
