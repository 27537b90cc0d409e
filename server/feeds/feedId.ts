import { createHash } from "node:crypto";

const hash = (text: string, length: number) => createHash("sha256").update(text).digest("hex").slice(0, length);

/** A feed's id: its URL hashed, so following the same URL twice is one feed. */
export const feedIdOf = (url: string) => hash(new URL(url).toString(), 16);

/** An episode's id: its feed and its key (guid, else enclosure URL), hashed. */
export const episodeIdOf = (feedId: string, key: string) => hash(`${feedId}\n${key}`, 32);
