import type { TopicSlug } from "@shared/ids";
import type { Database } from "../../../server/db";
import { listTopics } from "../../../server/repositories/topics";
import { updateTopic } from "../../../server/topics/curate";
import { readServed } from "../served";

/** A theme a person pinned or renamed, with the name it must keep. */
export interface CuratedTheme {
  readonly slug: TopicSlug;
  readonly name: string;
  readonly how: "pinned" | "renamed";
}

/**
 * Curates the largest themes as a person would, through the service the curation API calls: the
 * first `each` are pinned, the next `each` renamed. Large themes are the ones a new ingest joins.
 */
export async function curateLargest(db: Database, each: number): Promise<CuratedTheme[]> {
  const largest = await db.read("largestTopics", (tx) => listTopics(tx, 2 * each));
  const curated: CuratedTheme[] = [];
  for (const [i, topic] of largest.entries()) {
    if (i < each) {
      await updateTopic(db, topic.slug, { pinned: true });
      curated.push({ slug: topic.slug, name: topic.name, how: "pinned" });
    } else {
      const name = `${topic.name} (renamed)`.slice(0, 80);
      await updateTopic(db, topic.slug, { name });
      curated.push({ slug: topic.slug, name, how: "renamed" });
    }
  }
  return curated;
}

/** The curated themes whose page, as served, still carries the name a person gave or kept. */
export async function themesKeepingTheirName(db: Database, curated: readonly CuratedTheme[]): Promise<CuratedTheme[]> {
  const served = await readServed(
    db,
    curated.map((theme) => theme.slug),
    (slug) => `/api/topics/${slug}?limit=1`,
    (_slug, body) => (body as { topic: { name: string } }).topic.name,
  );
  return curated.filter((theme) => served.get(theme.slug) === theme.name);
}
