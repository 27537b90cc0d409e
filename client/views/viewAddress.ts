import { MapView, ViewExtras, type ViewScene, mapScene } from "@shared/api/views";
import { z } from "zod";
import { explorerFromSearch, explorerToSearch } from "../graph/explorer";
import { rangeFromAddress } from "../topicTimeline/range";

/**
 * A view as an address: the scene is the page (`/` the topic map, `/topics/:slug` a theme), its
 * own parameters stay as they are (the map's selection and filters, a theme's timeline range),
 * plus one `view` parameter carrying the pins, the dragged nodes and the zoom and pan, as
 * base64url JSON with short keys, so a shared link stays a link and not a page of text.
 */
export const viewParam = "view";

const point = z.tuple([z.number(), z.number()]);
/** What `view` holds: `p` pinned, `m` moved (slug → [x, y]), `z` [zoom, panX, panY]; the slugs are checked by ViewExtras, whose field names the message uses. */
const Compact = z.object({ p: z.array(z.string()).optional(), m: z.record(z.string(), point).optional(), z: z.tuple([z.number(), z.number(), z.number()]).optional() }).strict();

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The `view` parameter for these extras, or null when there is nothing beyond the map's own state. */
export function encodeExtras(extras: ViewExtras): string | null {
  const compact: z.infer<typeof Compact> = {};
  if (extras.pinned.length > 0) compact.p = [...extras.pinned];
  const moved = Object.entries(extras.moved);
  if (moved.length > 0) compact.m = Object.fromEntries(moved.map(([id, [x, y]]) => [id, [round(x, 1), round(y, 1)]]));
  if (extras.zoom !== null && extras.pan !== null) compact.z = [round(extras.zoom, 3), round(extras.pan[0], 1), round(extras.pan[1], 1)];
  return Object.keys(compact).length === 0 ? null : toBase64Url(JSON.stringify(compact));
}

/**
 * Reads the `view` parameter. An address can be old, cut short or typed by hand: anything that
 * is not a view it could have made is reported in words, and the map opens without it.
 */
export function decodeExtras(text: string | null): { extras: ViewExtras; problem: string | null } {
  const none = ViewExtras.parse({});
  if (text === null || text === "") return { extras: none, problem: null };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(text));
  } catch {
    return { extras: none, problem: "This link's saved view is damaged (perhaps cut short), so the graph opens without its pins, places and zoom." };
  }
  const compact = Compact.safeParse(json);
  const extras = compact.success
    ? ViewExtras.safeParse({ pinned: compact.data.p, moved: compact.data.m, zoom: compact.data.z?.[0] ?? null, pan: compact.data.z ? [compact.data.z[1], compact.data.z[2]] : null })
    : compact;
  if (!extras.success) {
    const issue = extras.error.issues[0];
    return { extras: none, problem: `This link's saved view can't be used (${issue ? `${issue.path.join(".") || "view"}: ${issue.message}` : "unreadable"}), so the graph opens without its pins, places and zoom.` };
  }
  return { extras: extras.data, problem: null };
}

/**
 * The whole view an address of this scene shows, and what was wrong with its `view` parameter, if
 * anything. (A malformed timeline range is the timeline's to report; here it is left out.)
 */
export function viewFromSearch(search: URLSearchParams, scene: ViewScene = mapScene): { view: MapView; problem: string | null } {
  const { extras, problem } = decodeExtras(search.get(viewParam));
  if (scene.kind === "theme") return { view: MapView.parse({ ...extras, scene, range: rangeFromAddress(search.get("from"), search.get("to")).range }), problem };
  const explorer = explorerFromSearch(search);
  const view = MapView.parse({ ...extras, topic: explorer.selectedTopic, filter: explorer.filter.slice(0, 200), minWeight: explorer.minWeight, theme: explorer.theme, limit: explorer.limit });
  return { view, problem };
}

/** The search of a view: what opens a saved view, and what "Link to this view" puts in the address bar. */
export function viewToSearch(view: MapView): URLSearchParams {
  const search =
    view.scene.kind === "theme"
      ? new URLSearchParams(view.range ? { from: view.range.from, to: view.range.to } : {})
      : explorerToSearch({ selectedTopic: view.topic, filter: view.filter, minWeight: view.minWeight, theme: view.theme, limit: view.limit });
  const extras = encodeExtras(view);
  if (extras) search.set(viewParam, extras);
  return search;
}

/** The page and search that open a view: the map, or the theme page it was saved on. */
export function viewAddress(view: MapView): string {
  const search = viewToSearch(view).toString();
  const page = view.scene.kind === "theme" ? `/topics/${view.scene.slug}` : "/";
  return search === "" ? page : `${page}?${search}`;
}
