import { defineStage } from "../stage";

export const THEMES = "themes";

/**
 * Themes (topic communities) come from Louvain over the whole topic graph, so they are not
 * computed per batch: the co-occurrence step marks the topics it touched, and the worker runs one
 * refresh after a batch passes here (see worker.ts); readers of the map refresh too (communityRefresher.ts).
 */
export const themesStage = defineStage({
  name: THEMES,
  apply: async () => undefined,
});
