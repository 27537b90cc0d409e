import type { ReactNode } from "react";
import { Link } from "react-router";
import type { ExportFormat, ReadingListDocument, ReadingListItem } from "@shared/api";
import { countOf, formatTimestamp, safeHttpUrl } from "../components/format";
import { VoicesLine } from "../components/VoicesLine";
import { transitionWords } from "@shared/transition";
import { quoteRepeatsClaim } from "../readingList/savedLists";
import { CruxList } from "../speakers/Cruxes";
import { type TourSource, tourAddress } from "../views/tour";

const formatLabels: Record<ExportFormat, string> = {
  md: "Markdown",
  html: "Printable page (HTML)",
  json: "JSON",
  csv: "CSV",
  opml: "OPML (outliners)",
  bib: "BibTeX",
  csl: "CSL-JSON",
  graphml: "GraphML (the theme's graph)",
  gexf: "GEXF (the theme's graph, for Gephi)",
  vault: "Obsidian / Logseq notes (zip)",
};

interface ReadingListViewProps {
  readonly document: ReadingListDocument;
  readonly exportHref: (format: ExportFormat) => string;
  /** Where the list comes from, so it can be played as a tour of the map. */
  readonly tour: TourSource;
  /** Actions beside the downloads, e.g. "Save this list". */
  readonly children?: ReactNode;
}

/** A reading list as a page: its downloads, its cruxes, then its sections, each read as an argument. */
export function ReadingListView({ document, exportHref, tour, children }: ReadingListViewProps) {
  const count = document.sections.reduce((sum, section) => sum + section.items.length, 0);
  return (
    <>
      <title>{`${document.saved?.name ?? document.title} · Insight graph`}</title>
      <p className="eyebrow">{document.saved ? "Saved reading list" : "Reading list"}</p>
      <h1 data-testid="reading-list-title">{document.saved?.name ?? document.title}</h1>
      <p className="meta">
        {countOf(count, "insight")} in {countOf(document.sections.length, "section")} · {document.generatedAt.slice(0, 10)}
      </p>
      <VoicesLine voices={document.voices} />
      {children}
      {document.sections.some((section) => section.topics.length > 0) ? (
        <p className="meta">
          <Link to={tourAddress(tour)} data-testid="play-tour">
            Play as a tour of the map
          </Link>{" "}
          · one section at a time, its topics framed on the map
        </p>
      ) : null}
      <h2 id="downloads-heading">Download</h2>
      <ul className="topic-links" aria-labelledby="downloads-heading" data-testid="reading-list-downloads">
        {(Object.keys(formatLabels) as ExportFormat[]).map((format) => (
          <li key={format}>
            <a href={exportHref(format)} download data-format={format}>
              {formatLabels[format]}
            </a>
          </li>
        ))}
      </ul>
      <CruxList cruxes={document.cruxes} />
      {document.sections.map((section, index) => (
        <section key={`${index}-${section.title}`} aria-labelledby={`section-${index + 1}`}>
          <h2 id={`section-${index + 1}`}>
            {index + 1}. {section.title}
          </h2>
          <ol className="insight-list numbered">
            {section.items.map((item, at) => (
              <Item
                key={item.id}
                item={item}
                anchor={`item-${index + 1}-${at + 1}`}
                number={at + 1}
                respondsTo={section.items.findIndex((other) => other.id === item.respondsTo) + 1}
                respondsToAnchor={`item-${index + 1}-${section.items.findIndex((other) => other.id === item.respondsTo) + 1}`}
              />
            ))}
          </ol>
        </section>
      ))}
      <details>
        <summary>How this list was made</summary>
        <p className="meta">{document.method}</p>
      </details>
    </>
  );
}

interface ItemProps {
  readonly item: ReadingListItem;
  readonly anchor: string;
  /** Its place in the section, shown beside it: roles point at these numbers. */
  readonly number: number;
  /** The number of the item it responds to, 0 for none. */
  readonly respondsTo: number;
  readonly respondsToAnchor: string;
}

function Item({ item, anchor, number, respondsTo, respondsToAnchor }: ItemProps) {
  const url = safeHttpUrl(item.source?.url ?? null);
  const at = safeHttpUrl(item.timestampUrl);
  const transition = transitionWords(item);
  return (
    <li id={anchor} data-testid="reading-list-item" data-role={item.role}>
      <span className="item-number" data-testid="item-number">
        {number}
      </span>
      <div>
      <Link to={`/insights/${item.id}`} className="insight-link">
        {item.text}
      </Link>
      {respondsTo > 0 && transition ? (
        <p className={`insight-topics${item.relation ? ` relation-${item.relation}` : ""}`} data-testid="item-role">
          {transition} <a href={`#${respondsToAnchor}`}>{respondsTo}</a>
        </p>
      ) : null}
      {item.quote && quoteRepeatsClaim(item.text, item.quote) ? (
        <details className="quote-folded" data-testid="folded-quote">
          <summary>Quote (says the same as the claim)</summary>
          <blockquote className="quote">{item.quote}</blockquote>
        </details>
      ) : item.quote ? (
        <blockquote className="quote">{item.quote}</blockquote>
      ) : null}
      {item.source ? (
        <p className="insight-topics">
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer">
              {item.source.title}
            </a>
          ) : (
            <cite>{item.source.title}</cite>
          )}
          {item.source.show ? ` · ${item.source.show}` : null}
          {at && item.startSec !== null ? (
            <>
              {" · "}
              <a href={at} target="_blank" rel="noopener noreferrer">
                at {formatTimestamp(item.startSec)}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <p className="insight-topics">{item.topics.map((topic) => topic.name).join(" · ")}</p>
      </div>
    </li>
  );
}
