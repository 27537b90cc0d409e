import { GetTopicDecisions, MergeTopic, SplitTopic, UndoTopicDecision, UpdateTopic } from "@shared/api/topicCuration";
import { Router } from "express";
import type { Database } from "../db";
import { notFound } from "../errors";
import { route } from "../middleware/route";
import { findDecisionsOf } from "../repositories/topicDecisions";
import { findTopicState } from "../repositories/topicCuration";
import { mergeTopic, splitTopic, undoDecision, updateTopic } from "../topics/curate";

/** A person's decisions about topics: rename, pin, hide, merge, split, and undo. Writes need the token like any other. */
export function topicCurationRouter(db: Database): Router {
  const router = Router();
  route(router, UpdateTopic, ({ params, body }) => updateTopic(db, params.slug, body));
  route(router, MergeTopic, ({ params, body }) => mergeTopic(db, params.slug, body.into));
  route(router, SplitTopic, ({ params, body }) => splitTopic(db, params.slug, body.name, body.insights));
  route(router, UndoTopicDecision, ({ params }) => undoDecision(db, params.id));
  route(router, GetTopicDecisions, async ({ params }) =>
    db.read("topicDecisions", async (tx) => {
      if (!(await findTopicState(tx, params.slug))) throw notFound(`Topic ${params.slug}`);
      return { decisions: (await findDecisionsOf(tx, params.slug)).map(({ undo: _undo, ...decision }) => decision) };
    }),
  );
  return router;
}
