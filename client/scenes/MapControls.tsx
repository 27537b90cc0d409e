import type { ReactNode } from "react";
import type { ThemeLegend } from "../graph/palette";
import { countOf } from "../components/format";

interface MapControlsProps {
  readonly minWeight: number;
  readonly edgesShown: number;
  readonly edgesTotal: number;
  readonly legend: ThemeLegend;
  readonly theme: number | null;
  readonly onMinWeight: (weight: number) => void;
  readonly onTheme: (theme: number) => void;
  /** More controls under the legend (pins and saved views). */
  readonly children?: ReactNode;
}

/** The map's own controls: how strong a link must be to show, and which theme stands out. */
export function MapControls({ minWeight, edgesShown, edgesTotal, legend, theme, onMinWeight, onTheme, children }: MapControlsProps) {
  return (
    <div className="map-controls">
      <label htmlFor="min-weight">Hide links weaker than</label>
      <div className="min-weight">
        <input
          id="min-weight"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={minWeight}
          onChange={(event) => onMinWeight(Number(event.target.value))}
          aria-describedby="min-weight-shown"
          data-testid="min-weight"
        />
        <output htmlFor="min-weight">{minWeight.toFixed(2)}</output>
      </div>
      <p id="min-weight-shown" className="hint">
        {edgesShown === edgesTotal ? `All ${countOf(edgesTotal, "link")} shown` : `${edgesShown} of ${countOf(edgesTotal, "link")} shown`}
        {" · weight: share of insights two topics have in common"}
      </p>
      {legend.entries.length > 0 ? (
        <section aria-labelledby="legend-heading">
          <h3 id="legend-heading">Themes</h3>
          <ul className="legend" data-testid="theme-legend">
            {legend.entries.map((entry) => (
              <li key={entry.id}>
                <button type="button" aria-pressed={theme === entry.id} onClick={() => onTheme(entry.id)}>
                  <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
                  <span className="legend-label">{entry.label}</span>
                  <span className="count">{entry.topicCount}</span>
                </button>
              </li>
            ))}
          </ul>
          {legend.otherTopics > 0 ? <p className="hint">Grey: {countOf(legend.otherTopics, "topic")} in smaller themes.</p> : null}
        </section>
      ) : null}
      {children}
    </div>
  );
}
