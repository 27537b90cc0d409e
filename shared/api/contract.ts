import { z } from "zod";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * One endpoint, written once: the server validates requests with it and the client parses
 * responses with it. `path` uses Express-style `:param` segments.
 */
export interface Contract<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  readonly method: Method;
  readonly path: string;
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly response: R;
  /** Status of a successful answer. */
  readonly status: number;
}

const none = z.object({}).strict();

export function defineContract<
  P extends z.ZodType = typeof none,
  Q extends z.ZodType = typeof none,
  B extends z.ZodType = typeof none,
  R extends z.ZodType = z.ZodType,
>(c: {
  method: Method;
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: number;
}): Contract<P, Q, B, R> {
  return {
    method: c.method,
    path: c.path,
    params: (c.params ?? none) as P,
    query: (c.query ?? z.object({})) as unknown as Q,
    body: (c.body ?? none) as B,
    response: c.response,
    status: c.status ?? 200,
  };
}

/** Fills `:param` segments; values are URI-encoded. */
export function buildPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** `?limit=` and friends: query strings arrive as text. */
export const limitParam = (fallback: number, max: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);

export type Params<C extends Contract> = z.input<C["params"]>;
export type Query<C extends Contract> = z.input<C["query"]>;
export type Body<C extends Contract> = z.input<C["body"]>;
export type Response<C extends Contract> = z.infer<C["response"]>;

/**
 * `?wait=1` on a write: answer once the new insights are enriched (related lists, topic counts)
 * rather than as soon as they are written.
 */
export const waitParam = z
  .enum(["0", "1", "true", "false"])
  .transform((v) => v === "1" || v === "true")
  .optional();

/** `a,b` or `?x=a&x=b` in a query string: a list either way. */
export const commaList = <T extends z.ZodType<unknown, string>>(item: T, max: number, min = 0) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(","))
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).min(min, `name at least ${min}`).max(max));
