import type { ExportFormat } from "@shared/api/readingLists";
import type { ReadingListDocument } from "@shared/api/readingListDocument";
import { toBibtex } from "./bibtex";
import { toCslJson } from "./csl";
import { toCsv } from "./csv";
import { exportFileName, slugify } from "./fileName";
import { toGexf } from "./gexf";
import { type ThemeLinks, toGraphml } from "./graphml";
import { toHtml } from "./html";
import { toJson } from "./json";
import { toMarkdown } from "./markdown";
import { toOpml } from "./opml";
import { toVaultNotes } from "./vault";
import { zipNotes } from "./zip";

export type { ThemeLinks } from "./graphml";

interface Formatter {
  readonly extension: string;
  readonly contentType: string;
  /** Text, or bytes for a format that is a zip. */
  readonly render: (document: ReadingListDocument, links: ThemeLinks) => string | Buffer;
}

/** Every export format: its file extension, its media type and its pure formatter. */
export const formatters: Readonly<Record<ExportFormat, Formatter>> = {
  md: { extension: "md", contentType: "text/markdown; charset=utf-8", render: toMarkdown },
  html: { extension: "html", contentType: "text/html; charset=utf-8", render: toHtml },
  json: { extension: "json", contentType: "application/json; charset=utf-8", render: toJson },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", render: toCsv },
  opml: { extension: "opml", contentType: "text/x-opml; charset=utf-8", render: toOpml },
  bib: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8", render: toBibtex },
  csl: { extension: "csl.json", contentType: "application/vnd.citationstyles.csl+json; charset=utf-8", render: toCslJson },
  graphml: { extension: "graphml", contentType: "application/graphml+xml; charset=utf-8", render: toGraphml },
  gexf: { extension: "gexf", contentType: "application/gexf+xml; charset=utf-8", render: toGexf },
  vault: { extension: "notes.zip", contentType: "application/zip", render: (document, links) => zipNotes(vaultFolder(document), toVaultNotes(document, links)) },
};

/** The folder a vault unzips to: the list's name, else its topics. */
export const vaultFolder = (document: ReadingListDocument) => slugify(document.saved?.name ?? document.theme.topics.join("-"));

export interface ExportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string | Buffer;
}

export function exportReadingList(document: ReadingListDocument, format: ExportFormat, links: ThemeLinks): ExportFile {
  const formatter = formatters[format];
  return { fileName: exportFileName(document, formatter.extension), contentType: formatter.contentType, body: formatter.render(document, links) };
}
