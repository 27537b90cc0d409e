import { describe, expect, it } from "vitest";
import { anyWord, escapeLucene, queryWords, searchQuery } from "../repositories/lucene";
import { highlight } from "./highlight";

const marked = (text: string, words: string[]) => highlight(text, words).map(({ start, end }) => text.slice(start, end));

describe("highlight", () => {
  it("marks whole words that start with a query word, in any case", () => {
    expect(marked("Sovereign AI needs sovereignty over compute.", ["sovereign", "compute"])).toEqual(["Sovereign", "sovereignty", "compute"]);
  });

  it("does not mark a query word in the middle of another word", () => {
    expect(marked("Open models, reopened debates.", ["open"])).toEqual(["Open"]);
  });

  it("gives offsets into the original text, unicode included", () => {
    const text = "L'Europe régule l'IA: «régulation» d'abord.";
    expect(marked(text, ["régul"])).toEqual(["régule", "régulation"]);
  });
});

describe("Lucene queries", () => {
  it("escapes every character the query parser would read as syntax", () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p');
  });

  it("turns free text into plain words, dropping operators and syntax", () => {
    expect(queryWords('Open-source AND "sovereign AI" OR (chips)* NOT', 10)).toEqual(["open", "source", "sovereign", "ai", "chips"]);
    expect(queryWords("*** ::: ", 10)).toEqual([]);
  });

  it("builds prefix queries for words of three letters or more, and nothing for no words", () => {
    expect(searchQuery(["ai", "chips"])).toBe("ai (chips^2 OR chips*)");
    expect(searchQuery([])).toBeNull();
    expect(anyWord(["u.s", "c++"])).toBe("u.s c\\+\\+");
  });
});
