import { buildPath, ErrorBody } from "@shared/api";
import { CreateReadingList, ExportReadingList, UpdateReadingList } from "@shared/api/readingLists";
import type { ExportFormat } from "@shared/api/readingLists";
import { ApiError, codeForStatus } from "../api/ApiError";
import { buildUrl, request } from "../api/request";
import type { ReadingList } from "./list";
import { themeTopics } from "./list";

/** Formats a list exports to (the theme's GraphML is for the theme, not a hand-made list). */
export const listFormats: readonly { format: ExportFormat; label: string }[] = [
  { format: "md", label: "Markdown" },
  { format: "html", label: "HTML page" },
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV (spreadsheet)" },
  { format: "opml", label: "OPML" },
  { format: "bib", label: "BibTeX" },
  { format: "csl", label: "CSL JSON (Zotero)" },
  { format: "vault", label: "Obsidian / Logseq notes (zip)" },
];

const section = "Picked while exploring";

/**
 * Copies the list to a saved list named `name` on the server (created the first time, its items replaced in
 * order after that) and downloads the server's export of it. Returns the saved list's id.
 */
export async function exportReadingList(list: ReadingList, format: ExportFormat, name: string): Promise<string> {
  const topics = themeTopics(list);
  if (topics.length === 0) throw new ApiError("bad_request", "Add an insight with a topic first: a saved list is built around topics.");
  const items = list.items.map((item) => ({ id: item.id, section }));
  let id = list.savedId;
  if (id) {
    try {
      await request(UpdateReadingList, { params: { id }, body: { name, items } });
    } catch (error) {
      // Deleted on the server (or never there): start a new saved list.
      if (!(error instanceof ApiError && error.code === "not_found")) throw error;
      id = null;
    }
  }
  if (!id) {
    const created = await request(CreateReadingList, { body: { name, theme: { topics } } });
    if (!created.saved) throw new ApiError("invalid_response", "The server did not save the list.");
    id = created.saved.id;
    await request(UpdateReadingList, { params: { id }, body: { items } });
  }
  await download(buildUrl(buildPath(ExportReadingList.path, { id }), {}, { format }), `reading-list.${format}`);
  return id;
}

/** Fetches a file answer and hands it to the browser as a download under the server's file name. */
async function download(url: string, fallbackName: string): Promise<void> {
  let answer: Response;
  try {
    answer = await fetch(url);
  } catch (error) {
    throw new ApiError("unreachable", "The server did not answer.", null, error);
  }
  if (!answer.ok) {
    const body = ErrorBody.safeParse(await answer.json().catch(() => null));
    throw body.success
      ? new ApiError(body.data.error.code, body.data.error.message, answer.status)
      : new ApiError(codeForStatus(answer.status), `The server answered ${answer.status}.`, answer.status);
  }
  const name = /filename="?([^";]+)"?/.exec(answer.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await answer.blob());
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
