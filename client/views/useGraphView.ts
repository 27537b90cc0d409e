import { type MapView, type ViewNode, type ViewScene, mapScene, viewLimits } from "@shared/api/views";
import { useMemo, useRef } from "react";
import { useSearchParams } from "react-router";
import type { Point } from "../graph/layoutPlan";
import type { Viewport } from "../graph/viewport";
import { viewFromSearch, viewParam, viewToSearch } from "./viewAddress";

/** Parameters that are not the map's state but ride along with it (a tour in progress). */
const alongside = ["tour", "step"] as const;

/**
 * A graph's view beyond its page's own state (the topic map, or a theme page's insight graph):
 * pins, dragged nodes and zoom and pan, read from the address and kept as they change, so
 * "Save view" and "Link to this view" take the graph as it is.
 * Zoom, pan and drags are not written to the address as they happen (one history entry per
 * nudge would bury the back button); linking or saving writes them.
 */
export function useGraphView(scene: ViewScene = mapScene) {
  const [search, setSearch] = useSearchParams();
  const sceneKey = JSON.stringify(scene);
  const { view, problem } = useMemo(() => viewFromSearch(search, scene), [search, sceneKey]);
  const viewport = useRef<Viewport | null>(null);
  const moved = useRef(new Map<string, Point>());

  const shownViewport = useMemo<Viewport | null>(
    () => (view.zoom !== null && view.pan !== null ? { zoom: view.zoom, pan: { x: view.pan[0], y: view.pan[1] } } : null),
    [view.zoom, view.pan?.[0], view.pan?.[1]],
  );
  const movedKey = JSON.stringify(view.moved);

  /** The view as it is on screen now. */
  const current = (): MapView => {
    const dragged: MapView["moved"] = Object.fromEntries([...moved.current].map(([id, point]) => [id, [point.x, point.y] as const]));
    const all = Object.entries({ ...view.moved, ...dragged }) as [ViewNode, readonly [number, number]][];
    const at = viewport.current;
    return {
      ...view,
      // The latest drags win when there are too many to keep.
      moved: Object.fromEntries(all.slice(-viewLimits.positions)) as MapView["moved"],
      zoom: at ? at.zoom : view.zoom,
      pan: at ? [at.pan.x, at.pan.y] : view.pan,
    };
  };

  /** A search for the map's next state that keeps the view and a tour in progress. */
  const keepView = (next: URLSearchParams): URLSearchParams => {
    for (const name of [viewParam, ...alongside]) {
      const value = search.get(name);
      if (value !== null) next.set(name, value);
    }
    return next;
  };

  const withView = (next: MapView) => {
    const params = viewToSearch(next);
    for (const name of alongside) if (search.get(name) !== null) params.set(name, search.get(name)!);
    setSearch(params, { replace: true });
  };

  return {
    view,
    problem,
    shownViewport,
    movedKey,
    current,
    keepView,
    setPinned: (pinned: readonly ViewNode[]) => withView({ ...current(), pinned }),
    /** Puts the whole view in the address bar, ready to copy. */
    link: () => withView(current()),
    onViewport: (next: Viewport) => void (viewport.current = next),
    onMoved: (id: string, position: Point) => void moved.current.set(id, position),
  };
}

export type GraphView = ReturnType<typeof useGraphView>;
