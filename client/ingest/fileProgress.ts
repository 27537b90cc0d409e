import type { UploadAnswer } from "./upload";

/** Where one file of a drop is: files go one at a time, so each has a stage of its own. */
export type FileStage =
  | { readonly stage: "waiting" }
  | { readonly stage: "sending"; readonly share: number }
  | { readonly stage: "extracting" }
  | { readonly stage: "done"; readonly insights: number; readonly sources: number; readonly problems: number }
  | { readonly stage: "failed"; readonly message: string };

export interface FileProgress {
  readonly name: string;
  readonly progress: FileStage;
}

export const startFiles = (names: readonly string[]): FileProgress[] => names.map((name) => ({ name, progress: { stage: "waiting" } }));

/** The same list with file `index` moved on. */
export const advance = (files: readonly FileProgress[], index: number, progress: FileStage): FileProgress[] =>
  files.map((file, at) => (at === index ? { ...file, progress } : file));

/** Share of the whole drop done, 0..1: finished files, plus the part of the current file's bytes sent. */
export function overallShare(files: readonly FileProgress[]): number {
  if (files.length === 0) return 1;
  const done = files.reduce((sum, { progress }) => {
    if (progress.stage === "done" || progress.stage === "failed") return sum + 1;
    if (progress.stage === "extracting") return sum + 0.5;
    if (progress.stage === "sending") return sum + 0.5 * progress.share;
    return sum;
  }, 0);
  return done / files.length;
}

/** What a file's line says about it. */
export function describeStage(progress: FileStage): string {
  switch (progress.stage) {
    case "waiting":
      return "waiting";
    case "sending":
      return `sending (${Math.round(progress.share * 100)}%)`;
    case "extracting":
      return "read; extracting insights and writing them…";
    case "done":
      return `written: ${progress.insights} insight${progress.insights === 1 ? "" : "s"} from ${progress.sources} source${progress.sources === 1 ? "" : "s"}${progress.problems > 0 ? `, ${progress.problems} problem${progress.problems === 1 ? "" : "s"}` : ""}`;
    case "failed":
      return `failed: ${progress.message}`;
  }
}

/** One answer for the whole drop, from the answers of its files in order. */
export function mergeAnswers(answers: readonly UploadAnswer[], listed: number): UploadAnswer {
  const sum = (pick: (answer: UploadAnswer) => number) => answers.reduce((total, answer) => total + pick(answer), 0);
  return {
    files: answers.flatMap((answer) => answer.files),
    summary: {
      sources: sum((a) => a.summary.sources),
      insights: sum((a) => a.summary.insights),
      // Topics are counted per file: one topic in two files counts twice.
      topics: sum((a) => a.summary.topics),
      skipped: sum((a) => a.summary.skipped),
      failed: sum((a) => a.summary.failed),
    },
    insights: answers.flatMap((answer) => answer.insights ?? []).slice(0, listed),
  };
}
