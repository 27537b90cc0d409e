import { z } from "zod";
import { InsightId, TopicSlug } from "../ids";
import { limits } from "../limits";
import { TimelineRange } from "./topicTimeline";
import { defineContract, limitParam } from "./contract";

/** Most topics a view pins, and most dragged nodes whose places it keeps: enough, and a URL stays short. */
export const viewLimits = { name: 120, pinned: 50, positions: 300, saved: 200 } as const;

const coordinate = z.number().finite().min(-1e6).max(1e6);

/** A node of the viewed graph: a topic on the map, an insight on a theme's graph. */
const ViewNode = z.union([TopicSlug, InsightId], { error: "not a topic slug or an insight id" });
export type ViewNode = z.infer<typeof ViewNode>;

/** Which graph a view shows: the topic map, or one topic's theme page (its insights as a graph). */
export const ViewScene = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("map") }).strict(),
  z.object({ kind: z.literal("theme"), slug: TopicSlug }).strict(),
]);
export type ViewScene = z.infer<typeof ViewScene>;
export const mapScene: ViewScene = { kind: "map" };

/**
 * What a view adds to its page's own address (the map's `?topic=&filter=&minWeight=&theme=&limit=`,
 * a theme page's `?from=&to=`): nodes pinned to stand out, nodes the researcher dragged (model
 * coordinates), and the zoom and pan. Short keys: it travels in a URL.
 */
export const ViewExtras = z
  .object({
    pinned: z.array(ViewNode).max(viewLimits.pinned).readonly().default([]),
    moved: z.record(ViewNode, z.tuple([coordinate, coordinate]).readonly()).default({})
      .refine((moved) => Object.keys(moved).length <= viewLimits.positions, `at most ${viewLimits.positions} moved topics`),
    zoom: z.number().min(0.01).max(10).nullable().default(null),
    pan: z.tuple([coordinate, coordinate]).readonly().nullable().default(null),
  })
  .strict()
  .readonly();
export type ViewExtras = z.infer<typeof ViewExtras>;

/**
 * A whole view: which graph (a state saved before themes could be saved has no scene, and is of
 * the map), the map's own state, a theme page's timeline range, and the extras above. What a
 * saved view stores.
 */
export const MapView = z
  .object({
    scene: ViewScene.default(mapScene),
    topic: TopicSlug.nullable().default(null),
    filter: z.string().max(200).default(""),
    minWeight: z.number().min(0).max(1).default(0),
    theme: z.number().int().min(0).nullable().default(null),
    limit: z.number().int().min(1).max(limits.graph.max).default(150),
    range: TimelineRange.nullable().default(null),
  })
  .extend(ViewExtras.unwrap().shape)
  .strict()
  .readonly();
export type MapView = z.infer<typeof MapView>;

export const SavedViewId = z.string().regex(/^[a-f0-9]{32}$/, "not a saved view id").brand<"SavedViewId">();
export type SavedViewId = z.infer<typeof SavedViewId>;

export const SavedView = z
  .object({ id: SavedViewId, name: z.string(), state: MapView, createdAt: z.string(), updatedAt: z.string() })
  .readonly();
export type SavedView = z.infer<typeof SavedView>;

const viewName = z.string().trim().min(1).max(viewLimits.name);
const viewParams = z.object({ id: SavedViewId });

/** `GET /api/views`: the saved views, last changed first. */
export const ListViews = defineContract({
  method: "GET",
  path: "/api/views",
  query: z.object({ limit: limitParam(100, viewLimits.saved) }),
  response: z.object({ views: z.array(SavedView).readonly() }),
});

export const CreateView = defineContract({
  method: "POST",
  path: "/api/views",
  status: 201,
  body: z.object({ name: viewName, state: MapView }),
  response: SavedView,
});

/** Renames a view and/or replaces what it shows. */
export const UpdateView = defineContract({
  method: "PUT",
  path: "/api/views/:id",
  params: viewParams,
  body: z.object({ name: viewName.optional(), state: MapView.optional() }).refine((body) => body.name !== undefined || body.state !== undefined, {
    message: "give a `name`, a `state` or both",
    path: ["name"],
  }),
  response: SavedView,
});

export const DeleteView = defineContract({
  method: "DELETE",
  path: "/api/views/:id",
  params: viewParams,
  response: z.object({ deleted: SavedViewId }),
});
