import { XMLParser, XMLValidator } from "fast-xml-parser";

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "outline", processEntities: false });

/** The feed URLs an OPML subscription list names (`xmlUrl` on any outline, nested or not). */
export function readOpml(xml: string): { urls: string[]; problems: string[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { urls: [], problems: [`the OPML does not parse: line ${valid.err.line}: ${valid.err.msg}`] };
  const root = parser.parse(xml) as Node;
  const body = (root.opml as Node | undefined)?.body as Node | undefined;
  if (!body) return { urls: [], problems: ["not an OPML file (no <opml><body>)"] };
  const urls: string[] = [];
  const problems: string[] = [];
  const walk = (outlines: unknown) => {
    for (const outline of Array.isArray(outlines) ? (outlines as Node[]) : []) {
      const url = outline["@_xmlUrl"];
      if (typeof url === "string") {
        if (/^https?:\/\/\S+$/i.test(url.trim())) urls.push(url.trim());
        else problems.push(`${url}: not an http:// or https:// address`);
      }
      walk(outline.outline);
    }
  };
  walk(body.outline);
  if (urls.length === 0 && problems.length === 0) problems.push("the OPML names no feed (no outline with an xmlUrl)");
  return { urls: [...new Set(urls)], problems };
}
