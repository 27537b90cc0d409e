import { lazy, Suspense, useEffect } from "react";
import { Link, NavLink, Route, Routes, useLocation } from "react-router";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Loading } from "./components/Status";

// Each scene is its own chunk; the topic map also pulls in cytoscape, the others never do.
const TopicMap = lazy(() => import("./scenes/TopicMap").then((m) => ({ default: m.TopicMap })));
const TopicPage = lazy(() => import("./scenes/TopicPage").then((m) => ({ default: m.TopicPage })));
const InsightPage = lazy(() => import("./scenes/InsightPage").then((m) => ({ default: m.InsightPage })));
const NotFound = lazy(() => import("./scenes/NotFound").then((m) => ({ default: m.NotFound })));

export function App() {
  const { pathname } = useLocation();

  // Following a link from the bottom of one insight should start the next at its top.
  useEffect(() => {
    // NOTE: a block body on purpose; newer browsers return a Promise from scrollTo, and React
    // would take it for a clean-up function.
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Insight graph
        </Link>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Topic map
          </NavLink>
        </nav>
      </header>
      <main id="content" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<Loading label="Loading…" />}>
            <Routes>
              <Route path="/" element={<TopicMap />} />
              <Route path="/topics/:slug" element={<TopicPage />} />
              <Route path="/insights/:id" element={<InsightPage />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
