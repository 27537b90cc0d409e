import { existsSync } from "node:fs";
import { join } from "node:path";
import { limits } from "@shared/limits";
import express, { type Express } from "express";
import type { Database } from "./db";
import type { InsightEmbeddings } from "./embeddings";
import { AppError } from "./errors";
import type { Extractor } from "./extract/types";
import { requireKnownBodyType } from "./middleware/contentType";
import { databaseGuard } from "./middleware/databaseGuard";
import { errorHandler } from "./middleware/errorHandler";
import { writeRateLimit } from "./middleware/rateLimit";
import { requireTokenForWrites, securityHeaders } from "./middleware/security";
import { rejectInvalidUtf8 } from "./middleware/utf8";
import { type Enrichment, createEnrichment } from "./enrichment";
import { healthRouter } from "./routes/health";
import { statusRouter } from "./routes/status";
import { insightsRouter } from "./routes/insights";
import { sourcesRouter } from "./routes/sources";
import { sourceCatalogRouter } from "./routes/sourceCatalog";
import { topicLinkRouter } from "./routes/topicLink";
import { topicCurationRouter } from "./routes/topicCuration";
import { createIngestsInFlight } from "./sources/ingestsInFlight";
import { topicsRouter } from "./routes/topics";
import { graphRouter } from "./routes/graph";
import { searchRouter } from "./routes/search";
import { speakersRouter } from "./routes/speakers";
import { pathRouter } from "./routes/path";
import { topicTimelineRouter } from "./routes/topicTimeline";
import { readingListsRouter } from "./routes/readingLists";
import { viewsRouter } from "./routes/views";
import { briefRouter } from "./routes/brief";
import { feedsRouter } from "./routes/feeds";
import { dailyBriefsRouter } from "./routes/dailyBriefs";
import { type BriefDelivery, createBriefDelivery } from "./brief/delivery";
import { LOCAL_PROFILE } from "./repositories/profile";
import { createFeedFollower, feedContext, type FeedFollower, type FeedSettings } from "./feeds";
import { createCommunityRefresher } from "./related/communityRefresher";
import { createVersionedCache } from "./cache/versionedCache";
import { createVersionReader } from "./cache/versionReader";

export interface AppDeps {
  readonly db: Database;
  readonly extractor: Extractor;
  readonly relatedK: number;
  /** Embeddings for related insights, when configured (EMBEDDINGS=openai). */
  readonly embeddings?: InsightEmbeddings;
  readonly apiToken?: string;
  /** Writes accepted per client address and minute (default 120). */
  readonly writesPerMinute?: number;
  /** The built client (`dist/client`); served with a fallback to index.html for deep links. */
  readonly clientDir?: string;
  readonly log?: (message: string) => void;
  /** Followed feeds (the schedule shares it); made here from `feedSettings` when absent. */
  readonly feeds?: FeedFollower;
  readonly feedSettings?: FeedSettings;
  /** Daily briefs (the schedule shares them); made here, without email, when absent. */
  readonly briefs?: BriefDelivery;
  readonly briefSchedule?: { next(): Date | null };
  /** Where the app is reached, for links in briefs and feeds (PUBLIC_URL). */
  readonly appUrl?: string;
  /** The enrichment queue (its worker is started by server/index.ts); made here, without a worker, when absent. */
  readonly enrichment?: Enrichment;
  /**
   * Whether writes answer only once their insights are enriched, without `?wait=1`: the test
   * harness's choice, so tests read related lists right after a write. Default false.
   */
  readonly waitForEnrichment?: boolean;
}

const DEFAULT_WRITES_PER_MINUTE = 120;
/** Topic pages and maps kept in memory: about 10 KB each. */
const PAGES_CACHED = 1_000;

/** The HTTP app, without listening: tests drive it with supertest, `server/index.ts` serves it. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders);

  const api = express.Router();
  api.use("/api", writeRateLimit(deps.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE));
  api.use("/api", requireKnownBodyType);
  const database = databaseGuard(deps.db);
  api.use("/api", database.guard);
  api.use(express.json({ limit: limits.jsonBodyBytes, verify: rejectInvalidUtf8 }));
  api.use(requireTokenForWrites(deps.apiToken));
  api.use(healthRouter(deps.db));
  const enrichment =
    deps.enrichment ?? createEnrichment({ db: deps.db, relatedK: deps.relatedK, ...(deps.embeddings && { embeddings: deps.embeddings }), ...(deps.log && { log: deps.log }) });
  api.use(statusRouter(enrichment, deps.db));
  const ingestOptions = {
    relatedK: deps.relatedK,
    ...(deps.embeddings && { embeddings: deps.embeddings }),
    enrichment,
    waitForEnrichment: deps.waitForEnrichment ?? false,
  };
  api.use(insightsRouter(deps.db, ingestOptions));
  // Deleting a source waits for an ingest of the same source to finish.
  const inFlight = createIngestsInFlight();
  const fetchLimits = { allowPrivate: deps.feedSettings?.allowPrivate ?? false };
  api.use(sourcesRouter(deps.db, deps.extractor, { ...ingestOptions, inFlight, fetchLimits }));
  api.use(sourceCatalogRouter(deps.db, inFlight, ingestOptions));
  // One refresher per app: topic communities are recomputed after ingests, on the next read.
  const graphVersion = createVersionReader(deps.db);
  const communities = createCommunityRefresher(deps.db, graphVersion, deps.log);
  // Browsing pages (the map, topic pages) change only with the graph: served from memory until then.
  const pages = createVersionedCache(graphVersion, PAGES_CACHED);
  api.use(topicLinkRouter(deps.db));
  api.use(topicsRouter(deps.db, communities, pages));
  api.use(topicCurationRouter(deps.db));
  api.use(graphRouter(deps.db, communities, pages));
  api.use(searchRouter(deps.db, deps.embeddings));
  api.use(speakersRouter(deps.db, pages));
  api.use(pathRouter(deps.db));
  api.use(topicTimelineRouter(deps.db));
  api.use(readingListsRouter(deps.db));
  api.use(viewsRouter(deps.db));
  api.use(briefRouter(deps.db));
  const appUrl = deps.appUrl ?? "http://127.0.0.1:3000";
  const briefs = deps.briefs ?? createBriefDelivery({ db: deps.db, profile: LOCAL_PROFILE, size: 5, appUrl, ...(deps.log && { log: deps.log }) });
  api.use(dailyBriefsRouter(briefs, deps.briefSchedule, appUrl));
  const pipeline = { db: deps.db, extractor: deps.extractor, options: ingestOptions };
  api.use(feedsRouter(deps.feeds ?? createFeedFollower(feedContext(pipeline, deps.feedSettings), deps.log), deps.feedSettings?.subscribeWaitMs));
  api.use("/api", (req, _res, next) => next(new AppError(404, "not_found", `No endpoint ${req.method} ${req.originalUrl}`)));
  app.use(api);

  if (deps.clientDir && existsSync(join(deps.clientDir, "index.html"))) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
    // Deep links (/insights/:id, /topics/:slug) load the app, which routes in the browser.
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(join(clientDir, "index.html"), { maxAge: 0 }));
  }
  app.use(errorHandler(deps.log ?? console.error, database.suspectUnavailable));
  return app;
}
