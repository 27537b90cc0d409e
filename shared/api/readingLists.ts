import { z } from "zod";
import { InsightId, SourceId, TopicSlug } from "../ids";
import { SourceKind, TopicRef } from "../schemas/entities";
import { commaList, defineContract, limitParam } from "./contract";
import { ReadingListDocument } from "./readingListDocument";

export * from "./readingListDocument";

/**
 * Every format a reading list exports to; `graphml` and `gexf` are the theme's graph rather than the
 * list, `vault` a zip of linked Markdown notes for Obsidian or Logseq.
 */
export const ExportFormat = z.enum(["md", "html", "json", "csv", "opml", "bib", "csl", "graphml", "gexf", "vault"]);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const readingListLimits = { default: 30, max: 200, topics: 10, saved: 200 } as const;


const fromBeforeTo = (theme: { from?: string | null; to?: string | null }) => !theme.from || !theme.to || theme.from <= theme.to;
const fromBeforeToMessage = { message: "`from` must not be after `to`", path: ["from"] };

/** A theme as query parameters: `?topics=sovereign-ai,open-source&q=&from=&to=&sources=&kinds=&limit=`. */
const themeQueryShape = z.object({
  topics: commaList(TopicSlug, readingListLimits.topics, 1),
  q: z.string().trim().min(1).max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sources: commaList(SourceId, 100).optional(),
  kinds: commaList(SourceKind, SourceKind.options.length).optional(),
  limit: limitParam(readingListLimits.default, readingListLimits.max),
});
export const ThemeQuery = themeQueryShape.refine(fromBeforeTo, fromBeforeToMessage);
export type ThemeQuery = z.infer<typeof ThemeQuery>;

/** A theme as a JSON body (arrays rather than comma lists). */
export const ThemeBody = z
  .object({
    topics: z.array(TopicSlug).min(1).max(readingListLimits.topics),
    q: z.string().trim().min(1).max(200).nullish(),
    from: z.iso.date().nullish(),
    to: z.iso.date().nullish(),
    sources: z.array(SourceId).max(100).nullish(),
    kinds: z.array(SourceKind).nullish(),
    limit: z.number().int().min(1).max(readingListLimits.max).optional(),
  })
  .refine(fromBeforeTo, fromBeforeToMessage);
export type ThemeBody = z.infer<typeof ThemeBody>;

/**
 * Builds a reading list for a theme. `format=json` (the default) answers with the document below;
 * every other format answers with a file (`Content-Disposition: attachment`).
 */
export const BuildReadingList = defineContract({
  method: "GET",
  path: "/api/reading-list",
  query: themeQueryShape.extend({ format: ExportFormat.default("json") }).refine(fromBeforeTo, fromBeforeToMessage),
  response: ReadingListDocument,
});

export const ReadingListId = z.string().regex(/^[a-f0-9]{32}$/, "not a reading list id").brand<"ReadingListId">();
export type ReadingListId = z.infer<typeof ReadingListId>;

export const ReadingListSummary = z
  .object({
    id: ReadingListId,
    name: z.string(),
    topics: z.array(TopicRef).readonly(),
    itemCount: z.number().int().nonnegative(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .readonly();
export type ReadingListSummary = z.infer<typeof ReadingListSummary>;

const listName = z.string().trim().min(1).max(200);
const listParams = z.object({ id: ReadingListId });

/** An item placed by hand: which insight, and under which section title. */
export const PlacedItem = z.object({ id: InsightId, section: z.string().trim().min(1).max(200) });
export type PlacedItem = z.infer<typeof PlacedItem>;

export const CreateReadingList = defineContract({
  method: "POST",
  path: "/api/reading-lists",
  status: 201,
  body: z.object({ name: listName.optional(), theme: ThemeBody }),
  response: ReadingListDocument,
});

export const ListReadingLists = defineContract({
  method: "GET",
  path: "/api/reading-lists",
  query: z.object({ limit: limitParam(50, readingListLimits.saved) }),
  response: z.object({ readingLists: z.array(ReadingListSummary) }),
});

export const GetReadingList = defineContract({
  method: "GET",
  path: "/api/reading-lists/:id",
  params: listParams,
  response: ReadingListDocument,
});

/**
 * Edits a saved list. `name` renames it; `items` replaces its items in the order given (reorder,
 * remove, add by hand); `theme` changes what it is built from and regenerates it; `regenerate`
 * rebuilds it from its own theme. `items` cannot be combined with a regeneration.
 */
export const UpdateReadingList = defineContract({
  method: "PUT",
  path: "/api/reading-lists/:id",
  params: listParams,
  body: z
    .object({
      name: listName.optional(),
      items: z.array(PlacedItem).max(readingListLimits.max).optional(),
      theme: ThemeBody.optional(),
      regenerate: z.boolean().optional(),
    })
    .refine((body) => !(body.items && (body.theme || body.regenerate)), {
      message: "`items` replaces the list by hand; it cannot be combined with `theme` or `regenerate`",
      path: ["items"],
    }),
  response: ReadingListDocument,
});

export const DeleteReadingList = defineContract({
  method: "DELETE",
  path: "/api/reading-lists/:id",
  params: listParams,
  response: z.object({ deleted: ReadingListId }),
});

/** A saved list as a file; `format=json` answers with the document as a download too. */
export const ExportReadingList = defineContract({
  method: "GET",
  path: "/api/reading-lists/:id/export",
  params: listParams,
  query: z.object({ format: ExportFormat.default("md") }),
  response: z.string(),
});
