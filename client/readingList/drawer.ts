import { useSyncExternalStore } from "react";

/** Whether the reading-list drawer is open: one flag any "add" button or the header can flip. */
let open = false;
const listeners = new Set<() => void>();

export function setDrawerOpen(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useDrawerOpen = (): boolean => useSyncExternalStore(subscribe, () => open, () => false);
