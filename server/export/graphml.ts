import type { ReadingListDocument } from "@shared/api/readingListDocument";
import type { InsightLink, TopicLink } from "../repositories/themeRows";
import { escapeXml as e, oneLine } from "./text";

/** The links among a list's insights and topics, read with the list. */
export interface ThemeLinks {
  readonly related: readonly InsightLink[];
  readonly coOccurs: readonly TopicLink[];
}

const KEYS = [
  ["label", "node", "label", "string"],
  ["kind", "node", "kind", "string"],
  ["section", "node", "section", "string"],
  ["strength", "node", "strength", "double"],
  ["source", "node", "source", "string"],
  ["relation", "edge", "relation", "string"],
  ["weight", "edge", "weight", "double"],
] as const;

const data = (values: Record<string, string | number | null>) =>
  Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => `<data key="${key}">${e(String(value))}</data>`)
    .join("");

/**
 * The theme's graph as GraphML (Gephi, yEd, Cytoscape desktop, networkx): insights and topics as
 * nodes; ABOUT, RELATED_TO (score) and CO_OCCURS (Jaccard weight) as edges, only among what the
 * list holds. The Cruxes are left out: a graph file has no sections, and a crux between two of the
 * list's insights is already drawn as their RELATED_TO edge.
 */
export function toGraphml(document: ReadingListDocument, links: ThemeLinks): string {
  const nodes: string[] = [];
  const edges: string[] = [];
  const insights = new Set<string>();
  const topics = new Map<string, string>();
  for (const section of document.sections) {
    for (const item of section.items) {
      insights.add(item.id);
      nodes.push(
        `<node id="i:${e(item.id)}">${data({ label: oneLine(item.text), kind: "insight", section: section.title, strength: item.strength, source: item.source?.title ?? null })}</node>`,
      );
      for (const topic of item.topics) {
        topics.set(topic.slug, topic.name);
        edges.push(`<edge source="i:${e(item.id)}" target="t:${e(topic.slug)}">${data({ relation: "about", weight: 1 })}</edge>`);
      }
    }
  }
  for (const [slug, name] of topics) nodes.push(`<node id="t:${e(slug)}">${data({ label: name, kind: "topic" })}</node>`);
  for (const link of links.related) {
    if (insights.has(link.a) && insights.has(link.b)) {
      edges.push(`<edge source="i:${e(link.a)}" target="i:${e(link.b)}">${data({ relation: link.relation ?? "related", weight: link.score })}</edge>`);
    }
  }
  for (const link of links.coOccurs) {
    if (topics.has(link.a) && topics.has(link.b)) {
      edges.push(`<edge source="t:${e(link.a)}" target="t:${e(link.b)}" directed="false">${data({ relation: "co_occurs", weight: link.weight })}</edge>`);
    }
  }
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...KEYS.map(([id, target, name, type]) => `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>`),
    `  <graph id="${e(document.title)}" edgedefault="directed">`,
    ...nodes.map((node) => `    ${node}`),
    ...edges.map((edge) => `    ${edge}`),
    `  </graph>`,
    `</graphml>`,
    "",
  ].join("\n");
}
