import { useSyncExternalStore } from "react";

/** Where the layout turns to one column for phones (the same width as the styles' phone rules). */
export const narrowScreenQuery = "(max-width: 640px)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(narrowScreenQuery);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** True on a phone-width screen: views put their lists first and the graph one tap away. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(narrowScreenQuery).matches, () => false);
}
