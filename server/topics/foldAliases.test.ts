import type { TopicSlug } from "@shared/ids";
import { normaliseTopic } from "@shared/topics/normalise";
import { describe, expect, it } from "vitest";
import { aliasIndexOf, foldTopic } from "./foldAliases";

const index = aliasIndexOf([
  { slug: "compost" as TopicSlug, name: "Compost", aliases: ["leaf mould", "Humus"] },
  { slug: "open-source" as TopicSlug, name: "Open source", aliases: ["OSS", "open weights"] },
]);
const fold = (typed: string) => foldTopic(index, { ...normaliseTopic(typed), weight: 1 });

describe("folding typed topic names", () => {
  it("sends a name or alias, in any case or number, to its topic with the topic's name", () => {
    expect(fold("OSS")).toEqual({ slug: "open-source", name: "Open source", weight: 1 });
    expect(fold("Open Weights")).toMatchObject({ slug: "open-source" });
    expect(fold("leaf moulds")).toMatchObject({ slug: "compost", name: "Compost" });
    expect(fold("compost")).toMatchObject({ slug: "compost" });
  });

  it("leaves a name nobody listed as typed", () => {
    expect(fold("Wild yeast")).toEqual({ slug: "wild-yeast", name: "Wild yeast", weight: 1 });
    expect(foldTopic(aliasIndexOf([]), { slug: "oss" as TopicSlug, name: "OSS" })).toEqual({ slug: "oss", name: "OSS" });
  });
});
