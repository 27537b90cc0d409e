import { gzipSync } from "node:zlib";

/**
 * An answer serialised (and compressed) once, to be sent many times: the topic map is a few hundred
 * kilobytes of JSON, and stringifying it for every reader cost more than reading it from memory.
 */
export class PreparedJson<T> {
  readonly json: string;
  readonly gzip: Buffer;
  /** Type only: what the JSON holds, so a route can be checked against its contract. */
  declare readonly value: T;

  constructor(value: T) {
    this.json = JSON.stringify(value);
    this.gzip = gzipSync(this.json);
  }
}
