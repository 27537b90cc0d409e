/**
 * A label that names no person: "Speaker 1", "SPEAKER_02", "Host", a timestamp, a lone letter.
 * Such a voice belongs to its episode only: two episodes' "Speaker 1" are rarely one person.
 */
const UNNAMED = [
  /^(speaker|spk|voice|participant|person|unknown|interviewer|interviewee|host|guest|caller|audience|moderator|narrator|q|a)[\s_#-]*\d*$/i,
  /^\d/,
  /^[^\p{L}]*$/u,
  /^\p{L}$/u,
];

export const isUnnamed = (label: string) => UNNAMED.some((pattern) => pattern.test(label));

export interface SpeakerName {
  /** As it will be shown: spaces folded, a trailing role or colon taken off. */
  readonly name: string;
  readonly role: "host" | "guest" | null;
}

/** "Maya Chen (host):" → Maya Chen, host. */
export function readSpeakerName(label: string): SpeakerName {
  let name = label.replace(/\s+/g, " ").replace(/[:\s]+$/, "").trim();
  const role = /\((host|guest)\)$/i.exec(name)?.[1]?.toLowerCase() as "host" | "guest" | undefined;
  if (role) name = name.replace(/\s*\((host|guest)\)$/i, "").trim();
  return { name, role: role ?? null };
}

/** Case and accents aside, one name: the key names are compared by. */
export const nameKey = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .trim();

export const firstToken = (key: string) => key.split(" ")[0] ?? key;
export const tokenCount = (key: string) => key.split(" ").filter(Boolean).length;
