import { z } from "zod";
import { SourceId } from "../ids";
import { limits } from "../limits";
import { InsightSummary, SourceKind } from "../schemas/entities";
import { defineContract } from "./contract";

export const SourceMeta = z.object({
  title: z.string().trim().min(1).max(limits.title),
  url: z.url({ protocol: /^https?$/ }).max(limits.url).optional(),
  show: z.string().trim().min(1).max(limits.title).optional(),
  kind: SourceKind.optional(),
  publishedAt: z.iso.date().or(z.iso.datetime({ offset: true })).optional(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;

export const CreateSource = defineContract({
  method: "POST",
  path: "/api/sources",
  status: 201,
  body: SourceMeta.extend({ text: z.string().trim().min(1).max(limits.sourceText) }),
  response: z.object({
    source: z.object({ id: SourceId, title: z.string() }),
    insights: z.array(InsightSummary),
  }),
});
