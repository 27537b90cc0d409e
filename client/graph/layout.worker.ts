import type { LayoutAnswer, LayoutRequest } from "./fcoseLayout";
import { runFcose } from "./fcoseLayout";

/** Lays graphs out off the main thread: fcose takes seconds on big graphs and the page stays usable. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  let answer: LayoutAnswer;
  try {
    answer = runFcose(event.data);
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
