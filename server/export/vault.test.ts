import { XMLParser, XMLValidator } from "fast-xml-parser";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { document, items } from "../testing/readingListFixture";
import { formatters, vaultFolder } from ".";
import { toGexf } from "./gexf";
import { noteName, toVaultNotes } from "./vault";

const links = {
  related: [
    { a: items.central.id, b: items.alone.id, score: 0.7 },
    { a: items.central.id, b: items.contrasts.id, score: 0.6, relation: "contradicts" as const },
    { a: items.central.id, b: "e".repeat(32) as typeof items.central.id, score: 0.9 },
  ],
  coOccurs: [{ a: "open-source" as never, b: "sovereign-ai" as never, weight: 0.4 }],
};

describe("Obsidian / Logseq vault", () => {
  const notes = toVaultNotes(document, links);
  const note = (path: string) => notes.find((entry) => entry.path === path)?.text ?? "";
  const central = note(`Insights/${noteName(items.central.text)}.md`);

  it("has an index, a note per insight and a note per topic", () => {
    expect(notes.filter((entry) => entry.path.startsWith("Insights/"))).toHaveLength(4);
    expect(notes.filter((entry) => entry.path.startsWith("Topics/")).map((entry) => entry.path).sort()).toEqual(["Topics/Compute.md", "Topics/Open source.md", "Topics/Sovereign AI.md"]);
    expect(note("Reading list Sovereign AI and Open source.md")).toContain(`- [[${noteName(items.central.text)}]]`);
  });

  it("gives an insight its quote, its source at the moment, topics as tags and links, related as wiki links", () => {
    expect(central).toMatch(/^---\nid: a{32}\ntags: \[sovereign-ai, open-source\]\n/);
    expect(central).toContain("> Most countries will adapt the best open models to their own data and run them on their own hardware.");
    expect(central).toContain(`(<${items.central.timestampUrl}>) · Statecraft & Silicon · at 1:05–1:12`);
    expect(central).toContain("Topics: [[Sovereign AI]], [[Open source]]");
    // Only related insights the vault holds become links: a link to a missing note would dangle.
    expect(central).toContain(`## Related\n\n- [[${noteName(items.alone.text)}]]\n`);
    expect(note("Topics/Compute.md")).toContain(`- [[${noteName(items.alone.text)}]]`);
  });

  it("keeps hostile text from becoming links, markup or paths", () => {
    const names = notes.map((entry) => entry.path);
    expect(names.every((path) => !path.includes("..") && !/[[\]#^|\\:*?"<>]/.test(path))).toBe(true);
    const hostileNote = note(`Insights/${noteName(items.extends.text)}.md`);
    expect(hostileNote).not.toMatch(/\]\(javascript:/);
    expect(notes.map((entry) => entry.text).join("\n")).not.toContain("<script>");
    expect(noteName("../../etc/passwd")).toBe("etc passwd");
  });

  it("zips into one folder named after the list, the same bytes every time", () => {
    const zip = formatters.vault.render(document, links) as Buffer;
    expect(formatters.vault.render(document, links)).toEqual(zip);
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files).every((path) => path.startsWith(`${vaultFolder(document)}/`))).toBe(true);
    expect(strFromU8(files[`${vaultFolder(document)}/Topics/Compute.md`]!)).toContain("tags: [topic]");
  });
});

describe("GEXF export", () => {
  const xml = toGexf(document, links);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["node", "edge", "attvalue", "attribute"].includes(name) });
  const graph = parser.parse(xml).gexf.graph;

  it("is well-formed GEXF 1.3 with the theme's nodes", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).gexf.version).toBe("1.3");
    const nodes = graph.nodes.node as { id: string; label: string }[];
    expect(nodes.filter((node) => node.id.startsWith("i:"))).toHaveLength(4);
    expect(nodes.find((node) => node.id === "t:compute")?.label).toBe("Compute");
  });

  it("has about, related and co-occurrence edges among its nodes, weighted", () => {
    const edges = graph.edges.edge as { id: string; source: string; target: string; weight: string; type: string }[];
    const ids = new Set((graph.nodes.node as { id: string }[]).map((node) => node.id));
    expect(edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
    expect(new Set(edges.map((edge) => edge.id)).size).toBe(edges.length);
    expect(edges.filter((edge) => edge.source === "i:" + items.central.id && edge.target === "i:" + items.alone.id).map((edge) => edge.weight)).toEqual(["0.7"]);
    expect(edges.filter((edge) => edge.type === "undirected")).toHaveLength(1);
    // A labelled pair's edge is of its relation's kind.
    const kindOf = (edge: { attvalues: { attvalue: { value: string }[] } }) => edge.attvalues.attvalue[0]!.value;
    const contradiction = (graph.edges.edge as Parameters<typeof kindOf>[0][]).filter((edge) => kindOf(edge) === "contradicts");
    expect(contradiction).toHaveLength(1);
  });
});
