import type { Community } from "@shared/schemas/entities";

/**
 * Theme colours (Tableau 10: distinct for most colour-blind readers, dark enough for white
 * label halos). Colour is never the only signal: the legend and tooltips name each theme.
 */
export const themePalette = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#76b7b2",
  "#b07aa1",
  "#edc948",
  "#9c755f",
  "#ff9da7",
  "#bab0ac",
] as const;

/** For topics whose theme is not computed yet. */
export const noThemeColour = "#7b8496";

export interface LegendEntry {
  readonly id: number;
  readonly label: string;
  readonly topicCount: number;
  readonly colour: string;
}

export interface ThemeLegend {
  readonly entries: readonly LegendEntry[];
  /** Topics in themes too small for a colour of their own; they are drawn in `noThemeColour`. */
  readonly otherTopics: number;
  readonly colours: ReadonlyMap<number, string>;
}

/**
 * Colours go to themes by size, largest first, so the biggest themes are always told apart and a
 * theme keeps its colour while the ranking holds; smaller themes share the neutral colour.
 */
export function themeLegend(communities: readonly Community[] | undefined): ThemeLegend {
  const sorted = [...(communities ?? [])].sort((a, b) => b.topicCount - a.topicCount || a.id - b.id);
  const entries = sorted
    .slice(0, themePalette.length)
    .map((c, rank) => ({ id: c.id, label: c.label, topicCount: c.topicCount, colour: themePalette[rank] ?? noThemeColour }));
  const otherTopics = sorted.slice(themePalette.length).reduce((sum, c) => sum + c.topicCount, 0);
  return { entries, otherTopics, colours: new Map(entries.map((entry) => [entry.id, entry.colour])) };
}

export const colourFor = (legend: ThemeLegend, community: number | null | undefined) =>
  community === null || community === undefined ? noThemeColour : (legend.colours.get(community) ?? noThemeColour);
