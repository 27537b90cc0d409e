import type { Contract } from "@shared/api/contract";
import type { Request, Response, Router } from "express";
import type { z } from "zod";
import { PreparedJson } from "../cache/preparedJson";
import { badRequest } from "../errors";

export interface Input<C extends Contract> {
  readonly params: z.infer<C["params"]>;
  readonly query: z.infer<C["query"]>;
  readonly body: z.infer<C["body"]>;
}

type Handler<C extends Contract> = (input: Input<C>, req: Request) => Promise<z.input<C["response"]> | PreparedJson<z.input<C["response"]>>>;

/**
 * Mounts a handler for a shared contract: params, query and body are validated with the contract's
 * own schemas before the handler runs, and the answer is sent with the contract's status.
 */
export function route<C extends Contract>(router: Router, contract: C, handler: Handler<C>): void {
  const method = contract.method.toLowerCase() as "get" | "post" | "put" | "delete";
  router[method](contract.path, async (req: Request, res: Response) => {
    const input = {
      params: parseInput(contract.params, req.params, "path"),
      query: parseInput(contract.query, req.query, "query"),
      body: parseInput(contract.body, contract.method === "GET" ? {} : (req.body ?? {}), "body"),
    } as Input<C>;
    const answer = await handler(input, req);
    if (answer instanceof PreparedJson) sendPrepared(req, res.status(contract.status), answer);
    else res.status(contract.status).json(answer);
  });
}

function sendPrepared(req: Request, res: Response, answer: PreparedJson<unknown>): void {
  res.type("json").vary("Accept-Encoding");
  if (req.acceptsEncodings("gzip") === "gzip") res.set("Content-Encoding", "gzip").send(answer.gzip);
  else res.send(answer.json);
}

/** Validates one part of a request; a failure is a 400 naming the first wrong field. */
export function parseInput(schema: z.ZodType, value: unknown, where: string): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: [where, ...issue.path].join("."), message: issue.message }));
  const first = issues[0];
  throw badRequest(first ? `${first.path}: ${first.message}` : `invalid ${where}`, issues);
}
