import { useParams } from "react-router";
import { InsightId } from "@shared/ids";
import { fetchInsight, fetchRelatedInsights } from "../api/calls";
import { RemoteContent } from "../components/RemoteContent";
import { useRemote } from "../components/useRemote";
import { InsightDetails } from "./InsightDetails";
import { NotFound } from "./NotFound";
import { RelatedInsights } from "./RelatedInsights";

/** `/insights/:id`: one claim with its evidence, and where to read next. */
export function InsightPage() {
  const id = InsightId.safeParse(useParams().id);
  if (!id.success) return <NotFound message="That address doesn't name an insight." />;
  return <InsightContent id={id.data} />;
}

function InsightContent({ id }: { id: InsightId }) {
  // Both start at once; the related list waits for the claim only to be shown, not to load.
  const insight = useRemote(`insight:${id}`, (signal) => fetchInsight(id, signal));
  const related = useRemote(`related:${id}`, (signal) => fetchRelatedInsights(id, signal));
  return (
    <article className="page insight-page">
      <RemoteContent remote={insight} loading="Loading the insight…" missing="This insight">
        {(detail) => (
          <>
            <InsightDetails insight={detail} />
            <RelatedInsights remote={related} />
          </>
        )}
      </RemoteContent>
    </article>
  );
}
