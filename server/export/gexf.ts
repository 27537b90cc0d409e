import type { ReadingListDocument } from "@shared/api/readingListDocument";
import type { ThemeLinks } from "./graphml";
import { escapeXml as e, oneLine } from "./text";

/**
 * The theme's graph as GEXF 1.3 (Gephi's own format, read by Gephi, Gephi Lite, Retina and
 * sigma.js): the same nodes and edges as the GraphML export, with `kind`, `section`, `strength`
 * and `source` as attributes and the edge's score or co-occurrence as its weight. No Cruxes, for
 * the GraphML export's reason.
 */
export function toGexf(document: ReadingListDocument, links: ThemeLinks): string {
  const nodes: string[] = [];
  const edges: { source: string; target: string; kind: string; weight: number; type: "directed" | "undirected" }[] = [];
  const insights = new Set<string>();
  const topics = new Map<string, string>();
  const attr = (id: number, value: string | number | null) => (value === null ? "" : `<attvalue for="${id}" value="${e(String(value))}"/>`);
  for (const section of document.sections) {
    for (const item of section.items) {
      if (insights.has(item.id)) continue;
      insights.add(item.id);
      nodes.push(
        `<node id="i:${e(item.id)}" label="${e(oneLine(item.text))}"><attvalues>${attr(0, "insight")}${attr(1, section.title)}${attr(2, item.strength)}${attr(3, item.source?.title ?? null)}</attvalues></node>`,
      );
      for (const topic of item.topics) {
        topics.set(topic.slug, topic.name);
        edges.push({ source: `i:${item.id}`, target: `t:${topic.slug}`, kind: "about", weight: 1, type: "directed" });
      }
    }
  }
  for (const [slug, name] of topics) nodes.push(`<node id="t:${e(slug)}" label="${e(name)}"><attvalues>${attr(0, "topic")}</attvalues></node>`);
  for (const link of links.related) {
    if (insights.has(link.a) && insights.has(link.b)) edges.push({ source: `i:${link.a}`, target: `i:${link.b}`, kind: link.relation ?? "related", weight: link.score, type: "directed" });
  }
  for (const link of links.coOccurs) {
    if (topics.has(link.a) && topics.has(link.b)) edges.push({ source: `t:${link.a}`, target: `t:${link.b}`, kind: "co_occurs", weight: link.weight, type: "undirected" });
  }
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`,
    `  <meta><creator>insight-graph</creator><description>${e(oneLine(document.title))}</description></meta>`,
    `  <graph defaultedgetype="directed" mode="static">`,
    `    <attributes class="node">`,
    `      <attribute id="0" title="kind" type="string"/>`,
    `      <attribute id="1" title="section" type="string"/>`,
    `      <attribute id="2" title="strength" type="double"/>`,
    `      <attribute id="3" title="source" type="string"/>`,
    `    </attributes>`,
    `    <attributes class="edge">`,
    `      <attribute id="0" title="relation" type="string"/>`,
    `    </attributes>`,
    `    <nodes>`,
    ...nodes.map((node) => `      ${node}`),
    `    </nodes>`,
    `    <edges>`,
    ...edges.map(
      (edge, index) =>
        `      <edge id="${index}" source="${e(edge.source)}" target="${e(edge.target)}" type="${edge.type}" weight="${edge.weight}"><attvalues><attvalue for="0" value="${edge.kind}"/></attvalues></edge>`,
    ),
    `    </edges>`,
    `  </graph>`,
    `</gexf>`,
    "",
  ].join("\n");
}
