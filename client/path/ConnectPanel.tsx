import { useEffect, useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import { InsightId } from "@shared/ids";
import type { InsightDetail } from "@shared/schemas/entities";
import { searchEverything } from "../api/calls";
import type { TrailStep } from "../graph/trail";
import { PathView } from "./PathView";

interface ConnectPanelProps {
  readonly from: InsightDetail;
  readonly onward: readonly TrailStep[];
}

type Hit = { readonly id: InsightId; readonly text: string };

const debounceMs = 200;

/**
 * "Connect to…": pick another insight by searching, then see how this one leads to it. The pick
 * is kept as `?connect=<id>`, so the answer is a link one can share.
 */
export function ConnectPanel({ from, onward }: ConnectPanelProps) {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const target = InsightId.safeParse(search.get("connect"));
  const [open, setOpen] = useState(false);
  const choose = (id: InsightId | null) => {
    const next = new URLSearchParams(search);
    if (id) next.set("connect", id);
    else next.delete("connect");
    setSearch(next, { replace: true, state: location.state as unknown });
    setOpen(false);
  };
  return (
    <section className="connect" aria-labelledby="connect-heading" data-testid="connect">
      <h2 id="connect-heading">Connect to another insight</h2>
      {target.success && target.data !== from.id ? (
        <>
          <button type="button" className="link-button" onClick={() => choose(null)}>
            Clear
          </button>
          <PathView from={from.id} to={target.data} onward={onward} />
        </>
      ) : open ? (
        <ConnectSearch exclude={from.id} onChoose={choose} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          Connect to…
        </button>
      )}
    </section>
  );
}

function ConnectSearch({ exclude, onChoose }: { exclude: InsightId; onChoose: (id: InsightId) => void }) {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<readonly Hit[]>([]);
  useEffect(() => {
    const wanted = q.trim();
    if (!wanted) return setHits([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchEverything(wanted, 6, 0, controller.signal).then(
        (answer) => setHits(answer.insights.filter((hit) => hit.id !== exclude).slice(0, 5)),
        () => setHits([]),
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, exclude]);
  return (
    <div className="connect-search">
      <label>
        Find the other insight{" "}
        <input type="search" value={q} autoFocus onChange={(event) => setQ(event.target.value)} placeholder="words from the claim" data-testid="connect-query" />
      </label>
      <ul className="connect-hits">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" className="link-button" onClick={() => onChoose(hit.id)} data-testid="connect-hit">
              {hit.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
