import { useSyncExternalStore } from "react";
import type { ReadingList } from "./list";
import { emptyList, parseList } from "./list";

const key = "insight-graph:reading-list";
const listeners = new Set<() => void>();
let cached: { text: string | null; list: ReadingList } | null = null;

function read(): ReadingList {
  let text: string | null = null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return cached?.list ?? emptyList;
  }
  if (cached?.text !== text) cached = { text, list: parseList(text) };
  return cached.list;
}

/** Saves the list and tells every view showing it; another tab hears of it through `storage`. */
export function updateReadingList(change: (list: ReadingList) => ReadingList): void {
  const before = read();
  const after = change(before);
  if (after === before) return;
  const text = JSON.stringify(after);
  try {
    localStorage.setItem(key, text);
  } catch {
    // Storage refused (private mode, full): the list still works until the page closes.
  }
  cached = { text, list: after };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === key) listener();
  };
  window.addEventListener("storage", fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", fromOtherTab);
  };
}

export const useReadingList = (): ReadingList => useSyncExternalStore(subscribe, read, () => emptyList);
