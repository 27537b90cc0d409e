import { Link, useNavigate } from "react-router";
import type { InsightId } from "@shared/ids";
import { fetchPath } from "../api/paths";
import { RemoteContent } from "../components/RemoteContent";
import { Empty } from "../components/Status";
import { useRemote } from "../components/useRemote";
import type { TrailStep } from "../graph/trail";
import { RELATION_EDGES } from "../graph/relationEdges";
import { PathGraph } from "./PathGraph";

interface PathViewProps {
  readonly from: InsightId;
  readonly to: InsightId;
  readonly onward: readonly TrailStep[];
}

/** How this insight connects to another: each path as steps with their reasons, and as a picture. */
export function PathView({ from, to, onward }: PathViewProps) {
  const navigate = useNavigate();
  const remote = useRemote(`path:${from}:${to}`, (signal) => fetchPath(from, to, signal));
  return (
    <RemoteContent remote={remote} loading="Finding how they connect…" missing="That insight">
      {({ paths, insights, message }) => {
        const texts = new Map<string, string>(insights.map((node) => [node.id, node.text]));
        if (paths.length === 0) return <Empty>{message ?? "No path connects these insights."}</Empty>;
        return (
          <div className="path-view" data-testid="path-view">
            <ol className="path-list">
              {paths.map((path, index) => (
                <li key={index} data-testid="path">
                  <ol className="path-steps">
                    {path.hops.map((hop) => (
                      <li key={`${hop.from}-${hop.to}`}>
                        <span className="path-reason">{hop.reason}</span>
                        {hop.relation ? <span className={`relation-badge relation-${hop.relation}`}>{RELATION_EDGES[hop.relation].label}</span> : null} →{" "}
                        <Link to={`/insights/${hop.to}`} state={{ trail: onward }}>
                          {texts.get(hop.to)}
                        </Link>
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
            <PathGraph paths={paths} texts={texts} from={from} to={to} onOpen={(id) => void navigate(`/insights/${id}`, { state: { trail: onward } })} />
          </div>
        );
      }}
    </RemoteContent>
  );
}
