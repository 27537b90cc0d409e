import { Link } from "react-router";
import type { TrailStep } from "../graph/trail";
import { shortLabel } from "../graph/insightElements";

interface TrailProps {
  readonly trail: readonly TrailStep[];
  readonly current: string;
}

/** Breadcrumbs of the insights followed to get here; each leads back with its own trail. */
export function Trail({ trail, current }: TrailProps) {
  if (trail.length === 0) return null;
  return (
    <nav className="trail" aria-label="Your trail" data-testid="trail">
      <ol>
        {trail.map((step, index) => (
          <li key={step.id}>
            <Link to={`/insights/${step.id}`} state={{ trail: trail.slice(0, index) }} title={step.text}>
              {shortLabel(step.text, 36)}
            </Link>
          </li>
        ))}
        <li aria-current="page">{shortLabel(current, 36)}</li>
      </ol>
    </nav>
  );
}
