import { useLocation, useParams } from "react-router";
import { InsightId } from "@shared/ids";
import { fetchInsight } from "../api/calls";
import { RemoteContent } from "../components/RemoteContent";
import { Trail } from "../components/Trail";
import { useRemote } from "../components/useRemote";
import { followFrom, trailFromState, trailTo } from "../graph/trail";
import { ConnectPanel } from "../path/ConnectPanel";
import { RelatedFilterControls } from "../relatedFilters/RelatedFilterControls";
import { useFilteredRelated } from "../relatedFilters/useFilteredRelated";
import { InsightDetails } from "./InsightDetails";
import { InsightNeighbourhood } from "./InsightNeighbourhood";
import { EvidenceLine } from "../speakers/EvidenceLine";
import { NotFound } from "./NotFound";
import { RelatedInsights } from "./RelatedInsights";

/** `/insights/:id`: one claim with its evidence, where to read next, and the trail so far. */
export function InsightPage() {
  const id = InsightId.safeParse(useParams().id);
  if (!id.success) return <NotFound message="That address doesn't name an insight." />;
  return <InsightContent id={id.data} />;
}

function InsightContent({ id }: { id: InsightId }) {
  const location = useLocation();
  const trail = trailTo(trailFromState(location.state), id);
  // Both start at once; the related list waits for the claim only to be shown, not to load.
  const insight = useRemote(`insight:${id}`, (signal) => fetchInsight(id, signal));
  const { filters, setFilters, related, message } = useFilteredRelated(id, trail);
  return (
    <article className="page insight-page">
      <RemoteContent remote={insight} loading="Loading the insight…" missing="This insight">
        {(detail) => {
          const onward = followFrom(trail, detail);
          return (
            <>
              <Trail trail={trail} current={detail.text} />
              <div className="insight-columns">
                <div>
                  <InsightDetails insight={detail} />
                  <EvidenceLine id={id} />
                  <RelatedInsights
                    remote={related}
                    topics={detail.topics}
                    onward={onward}
                    controls={<RelatedFilterControls filters={filters} onChange={setFilters} />}
                    filteredOut={message}
                  />
                  <ConnectPanel from={detail} onward={onward} />
                </div>
                {related.status === "ready" && related.data.related.length > 0 ? (
                  <InsightNeighbourhood insight={detail} related={related.data.related} onward={onward} />
                ) : null}
              </div>
            </>
          );
        }}
      </RemoteContent>
    </article>
  );
}
