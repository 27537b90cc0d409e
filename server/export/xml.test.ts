import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { document, items } from "../testing/readingListFixture";
import { toGraphml } from "./graphml";
import { toOpml } from "./opml";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["outline", "node", "edge", "key", "data"].includes(name),
});

type Outline = { text: string; type?: string; url?: string; _note?: string; outline?: Outline[] };

describe("OPML export", () => {
  const xml = toOpml(document);
  const opml = parser.parse(xml).opml;

  it("is well-formed OPML 2.0 with a title and a creation date", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(opml.version).toBe("2.0");
    expect(opml.head.title).toBe(document.title);
    expect(new Date(opml.head.dateCreated).toISOString()).toBe(document.generatedAt);
  });

  it("nests claims under their sections, with quote, source link and topics as children", () => {
    const sections = opml.body.outline as Outline[];
    expect(sections.map((s) => s.text)).toEqual(["Sovereign AI and Open source", "Compute (and <chips>)"]);
    expect(sections[0]!.outline!.map((o) => o.text)).toEqual([items.central.text, items.extends.text, "However, <script>alert('x')</script> & friends still need compute."]);
    const [quote, source, topics] = sections[0]!.outline![0]!.outline!;
    expect(quote!.text).toMatch(/^“Most countries/);
    expect(source).toMatchObject({ type: "link", url: items.central.timestampUrl, text: "What sovereign AI means for middle powers · Statecraft & Silicon · at 1:05–1:12" });
    expect(topics!.text).toBe("Topics: Sovereign AI, Open source");
  });

  it("never links a javascript: url", () => {
    expect(xml).not.toContain("javascript:alert(1)\"");
    const hostile = (opml.body.outline as Outline[])[0]!.outline![2]!.outline!;
    expect(hostile.some((o) => o.url !== undefined)).toBe(false);
  });
});

describe("GraphML export", () => {
  const related = [
    { a: items.central.id, b: items.extends.id, score: 0.8 },
    { a: items.central.id, b: items.contrasts.id, score: 0.6, relation: "contradicts" as const },
    { a: items.central.id, b: "e".repeat(32) as typeof items.central.id, score: 0.9 },
  ];
  const coOccurs = [{ a: "open-source" as never, b: "sovereign-ai" as never, weight: 0.4 }];
  const xml = toGraphml(document, { related, coOccurs });
  const graph = parser.parse(xml).graphml.graph;
  const value = (element: { data?: { key: string; "#text": string | number }[] }, key: string) => element.data?.find((d) => d.key === key)?.["#text"];

  it("is well-formed GraphML with its keys declared", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).graphml.key.map((k: { id: string }) => k.id)).toEqual(["label", "kind", "section", "strength", "source", "relation", "weight"]);
  });

  it("has the list's insights and their topics as nodes", () => {
    const nodes = graph.node as { id: string }[];
    expect(nodes.filter((n) => n.id.startsWith("i:"))).toHaveLength(4);
    expect(nodes.filter((n) => n.id.startsWith("t:")).map((n) => n.id).sort()).toEqual(["t:compute", "t:open-source", "t:sovereign-ai"]);
  });

  it("has about, related (by their typed relation when labelled) and co-occurrence edges, only between nodes it holds", () => {
    const edges = graph.edge as { source: string; target: string; data: { key: string; "#text": string | number }[] }[];
    const ids = new Set((graph.node as { id: string }[]).map((n) => n.id));
    expect(edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
    const byRelation = (relation: string) => edges.filter((edge) => value(edge, "relation") === relation);
    expect(byRelation("about")).toHaveLength(5);
    expect(byRelation("related").map((edge) => value(edge, "weight"))).toEqual([0.8]);
    expect(byRelation("contradicts").map((edge) => [edge.target, value(edge, "weight")])).toEqual([[`i:${items.contrasts.id}`, 0.6]]);
    expect(byRelation("co_occurs").map((edge) => [edge.source, edge.target])).toEqual([["t:open-source", "t:sovereign-ai"]]);
  });
});
