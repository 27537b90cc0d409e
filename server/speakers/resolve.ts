import { createHash } from "node:crypto";
import type { KnownSpeakerRow, SaidByWriteRow, SpeakerWriteRow } from "../repositories/speakers";
import { firstToken, isUnnamed, nameKey, readSpeakerName, tokenCount } from "./names";

/** One claim's speaker label as a source gave it. */
export interface SpeakerMention {
  readonly insightId: string;
  readonly sourceId: string;
  readonly show: string | null;
  readonly label: string;
  readonly startSec: number | null;
}

/**
 * Where a name is one person: a show (the same name on two episodes of one show is one person), or
 * the source itself when it belongs to no show. Unnamed voices are scoped to their episode.
 */
export function scopeOf(mention: Pick<SpeakerMention, "sourceId" | "show" | "label">): string {
  const { name } = readSpeakerName(mention.label);
  if (isUnnamed(name) || !mention.show) return `source:${mention.sourceId}`;
  return `show:${nameKey(mention.show)}`;
}

const speakerId = (scope: string, key: string) => createHash("sha256").update(`${scope}|${key}`).digest("hex").slice(0, 32);

interface Person {
  id: string;
  scope: string;
  name: string;
  keys: Set<string>;
  aliases: Set<string>;
  show: string | null;
  named: boolean;
  role: "host" | "guest" | null;
  changed: boolean;
}

/**
 * Resolves speaker labels to people within each scope: the exact name (case and accents aside);
 * a first name alone to the one full name of that scope starting with it ("Maya" = "Maya Chen");
 * a full name to a first-name-only speaker already known, when no other full name claims it.
 * Ambiguous first names stay people of their own rather than a wrong merge. Deterministic.
 */
export function resolveSpeakers(mentions: readonly SpeakerMention[], known: readonly KnownSpeakerRow[]): { speakers: SpeakerWriteRow[]; saidBy: SaidByWriteRow[] } {
  const people = new Map<string, Person[]>();
  const inScope = (scope: string) => people.get(scope) ?? people.set(scope, []).get(scope)!;
  for (const k of known) {
    const keys = new Set([k.name, ...k.aliases].map(nameKey));
    inScope(k.scope).push({ id: k.id, scope: k.scope, name: k.name, keys, aliases: new Set(k.aliases), show: null, named: true, role: null, changed: false });
  }
  const labelled = mentions.filter((m) => readSpeakerName(m.label).name !== "");
  // Full names first, so a first name alone finds the full name even within one batch.
  const order = [...new Set(labelled.map((m) => `${scopeOf(m)}\u0000${m.label}`))]
    .map((entry) => entry.split("\u0000") as [string, string])
    .sort(([sa, a], [sb, b]) => sa.localeCompare(sb) || tokenCount(nameKey(b)) - tokenCount(nameKey(a)) || a.localeCompare(b));
  const resolved = new Map<string, Person>();
  for (const [scope, label] of order) {
    const mention = labelled.find((m) => m.label === label && scopeOf(m) === scope)!;
    const { name, role } = readSpeakerName(label);
    const key = nameKey(name);
    const candidates = inScope(scope);
    const person = candidates.find((p) => p.keys.has(key)) ?? aliasOf(candidates, key) ?? newPerson(scope, name, key, mention, role);
    if (!candidates.includes(person)) candidates.push(person);
    if (!person.keys.has(key)) {
      person.keys.add(key);
      // The fuller name is the one shown ("Maya Chen" over "Maya"); the other becomes an alias.
      if (tokenCount(key) > tokenCount(nameKey(person.name))) {
        person.aliases.add(person.name);
        person.name = name;
      } else {
        person.aliases.add(name);
      }
      person.changed = true;
    }
    person.role ??= role;
    person.show ??= mention.show;
    resolved.set(`${scope}\u0000${label}`, person);
  }
  const saidBy = labelled.map((m) => ({
    insightId: m.insightId,
    speakerId: resolved.get(`${scopeOf(m)}\u0000${m.label}`)!.id,
    sourceId: m.sourceId,
    startSec: m.startSec,
  }));
  const touched = new Set(saidBy.map((row) => row.speakerId));
  const speakers = [...people.values()]
    .flat()
    .filter((p) => touched.has(p.id))
    .map((p) => ({ id: p.id, scope: p.scope, name: p.name, aliases: [...p.aliases].sort(), show: p.show, named: p.named, role: p.role }));
  return { speakers, saidBy };
}

/** A first name alone → the one full name starting with it; a full name → the one first-name-only person it completes. */
function aliasOf(candidates: readonly Person[], key: string): Person | undefined {
  const named = candidates.filter((p) => p.named);
  if (tokenCount(key) === 1) {
    const full = named.filter((p) => [...p.keys].some((k) => tokenCount(k) > 1 && firstToken(k) === key));
    return full.length === 1 ? full[0] : undefined;
  }
  const first = firstToken(key);
  const others = named.filter((p) => [...p.keys].some((k) => tokenCount(k) > 1 && firstToken(k) === first));
  if (others.length > 0) return undefined;
  const alone = named.filter((p) => p.keys.has(first));
  return alone.length === 1 ? alone[0] : undefined;
}

function newPerson(scope: string, name: string, key: string, mention: SpeakerMention, role: "host" | "guest" | null): Person {
  const named = !isUnnamed(name);
  return { id: speakerId(scope, key), scope, name, keys: new Set([key]), aliases: new Set(), show: mention.show, named, role, changed: true };
}
