import { type RelatedFilters, minScoreChoices } from "./filters";

interface RelatedFilterControlsProps {
  readonly filters: RelatedFilters;
  readonly onChange: (filters: RelatedFilters) => void;
}

const switches = [
  { name: "otherShows", label: "Other shows only" },
  { name: "otherSpeakers", label: "Other speakers only" },
  { name: "excludeSource", label: "Not from this source" },
  { name: "unseen", label: "Not yet seen" },
] as const;

/** What a reader narrows the related list to; the page keeps the choice in its URL. */
export function RelatedFilterControls({ filters, onChange }: RelatedFilterControlsProps) {
  return (
    <fieldset className="related-filters" data-testid="related-filters">
      <legend className="visually-hidden">Filter related insights</legend>
      {switches.map(({ name, label }) => (
        <label key={name} className="related-filter">
          <input type="checkbox" name={name} checked={filters[name]} onChange={(event) => onChange({ ...filters, [name]: event.target.checked })} />
          {label}
        </label>
      ))}
      <label className="related-filter">
        At least{" "}
        <select
          name="minScore"
          value={filters.minScore === null ? "" : String(filters.minScore)}
          onChange={(event) => onChange({ ...filters, minScore: event.target.value === "" ? null : Number(event.target.value) })}
        >
          <option value="">any strength</option>
          {minScoreChoices.map((score) => (
            <option key={score} value={String(score)}>
              score {score}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
