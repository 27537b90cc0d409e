import { readFile } from "node:fs/promises";
import { z } from "zod";

/**
 * A public, human-labelled set of short claims (ArgKP, PERSPECTRUM; see the README's evaluation
 * section): two claims are related when they share a group. Only what the evaluation reads is parsed.
 */
const PublicSet = z.object({
  name: z.string(),
  topics: z.array(
    z.object({
      id: z.string(),
      split: z.string().optional(),
      claims: z.array(
        z.object({
          id: z.string(),
          text: z.string().min(1),
          stance: z.enum(["support", "oppose"]).optional(),
          groups: z.array(z.string()).default([]),
          origin: z.string().optional(),
        }),
      ),
    }),
  ),
});

export interface LabelledClaim {
  /** Unique across the file: the same claim id can stand under several topics. */
  readonly key: string;
  /** The set's own claim id: PERSPECTRUM files one perspective under several debates, each with its own groups. */
  readonly id: string;
  readonly text: string;
  readonly topic: string;
  /** The topic's official split ("train", "dev"), when the file gives one. */
  readonly split: string | undefined;
  readonly groups: readonly string[];
  readonly stance: "support" | "oppose" | undefined;
  /** PERSPECTRUM marks crowd paraphrases of another member of the cluster, which favour word overlap. */
  readonly paraphrase: boolean;
}

export async function readPublicSet(path: string): Promise<{ name: string; claims: LabelledClaim[] }> {
  const set = PublicSet.parse(JSON.parse(await readFile(path, "utf8")));
  const claims = set.topics.flatMap((topic) =>
    topic.claims.map((claim) => ({
      key: `${topic.id}/${claim.id}`,
      id: claim.id,
      text: claim.text,
      topic: topic.id,
      split: topic.split,
      groups: claim.groups,
      stance: claim.stance,
      paraphrase: claim.origin === "paraphrase",
    })),
  );
  return { name: set.name, claims };
}

/** Lower-cased, whitespace folded: claims equal after this are one claim, never a candidate for each other. */
export const normalisedText = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();
