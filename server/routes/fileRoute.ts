import type { Contract } from "@shared/api/contract";
import type { Request, Router } from "express";
import type { z } from "zod";
import { attachment } from "../export/fileName";
import { parseInput } from "../middleware/route";

export interface FileAnswer {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string | Buffer;
  /** Shown in the browser (a feed, a brief) rather than saved as a download. */
  readonly inline?: boolean;
}

type FileHandler<C extends Contract> = (
  input: { params: z.infer<C["params"]>; query: z.infer<C["query"]> },
  req: Request,
) => Promise<FileAnswer>;

/**
 * Mounts a GET that answers with a file: params and query are validated with the contract (as
 * `route` does for JSON), the body is sent with its own content type and a stable file name.
 */
export function fileRoute<C extends Contract>(router: Router, contract: C, handler: FileHandler<C>): void {
  router.get(contract.path, async (req, res) => {
    const input = {
      params: parseInput(contract.params, req.params, "path"),
      query: parseInput(contract.query, req.query, "query"),
    } as { params: z.infer<C["params"]>; query: z.infer<C["query"]> };
    const file = await handler(input, req);
    const disposition = file.inline ? `inline; filename="${file.fileName}"` : attachment(file.fileName);
    res.status(200).set({ "Content-Type": file.contentType, "Content-Disposition": disposition }).send(file.body);
  });
}
