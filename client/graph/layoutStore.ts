import type { Point, Positions } from "./layoutPlan";

/**
 * Laid-out positions kept in localStorage per view ("topic-map", "theme:sovereign-ai"), so a graph
 * opens where the researcher left it and a layout is computed once per node, not once per visit.
 */
const prefix = "insight-graph:layout:";
const version = 1;
/** Enough for the largest graph the API serves (2,000 topics) with room for growth. */
export const maxStoredNodes = 6_000;

type Stored = { readonly v: number; readonly p: Record<string, readonly [number, number]> };

export function encodePositions(positions: Positions): string {
  const p: Record<string, readonly [number, number]> = {};
  let kept = 0;
  for (const [id, { x, y }] of positions) {
    if (kept++ >= maxStoredNodes) break;
    p[id] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  }
  return JSON.stringify({ v: version, p } satisfies Stored);
}

/** Reads stored positions; anything malformed or from another version counts as nothing stored. */
export function decodePositions(text: string | null): Positions {
  const positions = new Map<string, Point>();
  if (!text) return positions;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return positions;
  }
  if (!isStored(stored)) return positions;
  for (const [id, pair] of Object.entries(stored.p)) {
    if (Array.isArray(pair) && Number.isFinite(pair[0]) && Number.isFinite(pair[1])) {
      positions.set(id, { x: pair[0], y: pair[1] });
    }
  }
  return positions;
}

const isStored = (value: unknown): value is Stored =>
  typeof value === "object" && value !== null && "v" in value && value.v === version && "p" in value &&
  typeof value.p === "object" && value.p !== null;

/** Stored positions first, then the new ones: the new ones win and old nodes stay remembered. */
export function mergePositions(stored: Positions, fresh: Positions): Positions {
  const merged = new Map(stored);
  for (const [id, point] of fresh) merged.set(id, point);
  return merged;
}

export function loadPositions(scope: string, storage: Storage | null = safeStorage()): Positions {
  return decodePositions(storage?.getItem(prefix + scope) ?? null);
}

export function savePositions(scope: string, positions: Positions, storage: Storage | null = safeStorage()): void {
  if (!storage) return;
  const text = encodePositions(positions);
  try {
    storage.setItem(prefix + scope, text);
  } catch {
    // Full: the other views' layouts can be computed again, this one is in use.
    for (const key of Object.keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
    try {
      storage.setItem(prefix + scope, text);
    } catch {
      // Still no room (private mode): the layout is simply computed again next visit.
    }
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
