import { lazy, type MouseEvent, Suspense, useEffect, useRef } from "react";
import { Link, NavLink, Route, Routes, useLocation } from "react-router";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Loading } from "./components/Status";
import { setDrawerOpen, useDrawerOpen } from "./readingList/drawer";
import { useReadingList } from "./readingList/store";
import { SearchBox } from "./search/SearchBox";

// Each scene is its own chunk; the graph scenes also pull in cytoscape, the others never do.
const TopicMap = lazy(() => import("./scenes/TopicMap").then((m) => ({ default: m.TopicMap })));
const TopicPage = lazy(() => import("./scenes/TopicPage").then((m) => ({ default: m.TopicPage })));
const InsightPage = lazy(() => import("./scenes/InsightPage").then((m) => ({ default: m.InsightPage })));
const SearchPage = lazy(() => import("./scenes/SearchPage").then((m) => ({ default: m.SearchPage })));
const IngestPage = lazy(() => import("./scenes/IngestPage").then((m) => ({ default: m.IngestPage })));
const ReadingListDrawer = lazy(() => import("./readingList/ReadingListDrawer").then((m) => ({ default: m.ReadingListDrawer })));
const ReadingListPage = lazy(() => import("./scenes/ReadingListPage").then((m) => ({ default: m.ReadingListPage })));
const ReadingListSaved = lazy(() => import("./scenes/ReadingListSaved").then((m) => ({ default: m.ReadingListSaved })));
const SourcesPage = lazy(() => import("./scenes/SourcesPage").then((m) => ({ default: m.SourcesPage })));
const SourcePage = lazy(() => import("./scenes/SourcePage").then((m) => ({ default: m.SourcePage })));
const SavedListsPage = lazy(() => import("./scenes/SavedListsPage").then((m) => ({ default: m.SavedListsPage })));
const FeedsPage = lazy(() => import("./scenes/FeedsPage").then((m) => ({ default: m.FeedsPage })));
const BriefPage = lazy(() => import("./scenes/BriefPage").then((m) => ({ default: m.BriefPage })));
const SpeakerPage = lazy(() => import("./scenes/SpeakerPage").then((m) => ({ default: m.SpeakerPage })));
const NotFound = lazy(() => import("./scenes/NotFound").then((m) => ({ default: m.NotFound })));

/** The map takes focus itself: it is a canvas, not a place a fragment link can land in. */
function skipToGraph(event: MouseEvent<HTMLAnchorElement>) {
  const graph = document.querySelector<HTMLElement>("[data-testid=topic-graph]");
  if (!graph) return;
  event.preventDefault();
  graph.focus();
}

export function App() {
  const { pathname } = useLocation();
  const drawerOpen = useDrawerOpen();
  const listed = useReadingList().items.length;
  const drawerButton = useRef<HTMLButtonElement>(null);

  // Following a link from the bottom of one insight should start the next at its top.
  useEffect(() => {
    // NOTE: a block body on purpose; newer browsers return a Promise from scrollTo, and React
    // would take it for a clean-up function.
    window.scrollTo(0, 0);
  }, [pathname]);

  const closeDrawer = () => {
    setDrawerOpen(false);
    drawerButton.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      {pathname === "/" ? (
        <a className="skip-link" href="#topic-map-graph" onClick={skipToGraph} data-testid="skip-to-map">
          Skip to the map
        </a>
      ) : null}
      <header className="app-header">
        <Link to="/" className="brand">
          Insight graph
        </Link>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Topic map
          </NavLink>
          <NavLink to="/ingest">Ingest</NavLink>
          <NavLink to="/sources">Sources</NavLink>
          <NavLink to="/lists">Lists</NavLink>
          <NavLink to="/feeds">Feeds</NavLink>
          <NavLink to="/brief">Brief</NavLink>
        </nav>
        <SearchBox />
        <button
          ref={drawerButton}
          type="button"
          className="drawer-toggle"
          aria-expanded={drawerOpen}
          aria-controls="reading-drawer"
          onClick={() => (drawerOpen ? closeDrawer() : setDrawerOpen(true))}
          data-testid="reading-list-toggle"
        >
          Reading list <span className="badge">{listed}</span>
        </button>
      </header>
      <div className={drawerOpen ? "app-body with-drawer" : "app-body"}>
        <main id="content" tabIndex={-1}>
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<Loading label="Loading…" />}>
              <Routes>
                <Route path="/" element={<TopicMap />} />
                <Route path="/topics/:slug" element={<TopicPage />} />
                <Route path="/insights/:id" element={<InsightPage />} />
                <Route path="/speakers/:id" element={<SpeakerPage />} />
                <Route path="/search" element={<SearchPage />} />
                <Route path="/ingest" element={<IngestPage />} />
                <Route path="/feeds" element={<FeedsPage />} />
                <Route path="/brief" element={<BriefPage />} />
                <Route path="/reading-list" element={<ReadingListPage />} />
                <Route path="/reading-lists/:id" element={<ReadingListSaved />} />
                <Route path="/sources" element={<SourcesPage />} />
                <Route path="/sources/:id" element={<SourcePage />} />
                <Route path="/lists" element={<SavedListsPage />} />
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
          </ErrorBoundary>
        </main>
        {drawerOpen ? (
          <div id="reading-drawer">
            <Suspense fallback={<Loading label="Opening the reading list…" />}>
              <ReadingListDrawer onClose={closeDrawer} />
            </Suspense>
          </div>
        ) : null}
      </div>
    </>
  );
}
