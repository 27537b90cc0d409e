import { z } from "zod";
import { TopicSlug } from "../ids";
import { limits } from "../limits";
import { defineContract, limitParam } from "./contract";

/** Most topics a view pins, and most dragged nodes whose places it keeps: enough, and a URL stays short. */
export const viewLimits = { name: 120, pinned: 50, positions: 300, saved: 200 } as const;

const coordinate = z.number().finite().min(-1e6).max(1e6);

/**
 * What a view of the topic map adds to the map's own address (`?topic=&filter=&minWeight=&theme=&limit=`):
 * topics pinned to stand out, nodes the researcher dragged (model coordinates), and the zoom and
 * pan. Short keys: it travels in a URL.
 */
export const ViewExtras = z
  .object({
    pinned: z.array(TopicSlug).max(viewLimits.pinned).readonly().default([]),
    moved: z.record(TopicSlug, z.tuple([coordinate, coordinate]).readonly()).default({})
      .refine((moved) => Object.keys(moved).length <= viewLimits.positions, `at most ${viewLimits.positions} moved topics`),
    zoom: z.number().min(0.01).max(10).nullable().default(null),
    pan: z.tuple([coordinate, coordinate]).readonly().nullable().default(null),
  })
  .strict()
  .readonly();
export type ViewExtras = z.infer<typeof ViewExtras>;

/** A whole view of the topic map: the map's own state and the extras above. What a saved view stores. */
export const MapView = z
  .object({
    topic: TopicSlug.nullable().default(null),
    filter: z.string().max(200).default(""),
    minWeight: z.number().min(0).max(1).default(0),
    theme: z.number().int().min(0).nullable().default(null),
    limit: z.number().int().min(1).max(limits.graph.max).default(150),
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
