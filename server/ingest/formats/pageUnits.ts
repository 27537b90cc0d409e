const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER",
  "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE",
  "TD", "TH", "TR", "UL", "BUTTON",
]);

/** Never content: code, styling, hidden parts, controls and the site's navigation. */
const FURNITURE = "script, style, noscript, template, svg, iframe, nav, footer, button, select, input, textarea, [hidden], [aria-hidden='true']";

/** One run of text as a reader sees it: a paragraph, a list item, a heading, a card's line. */
export interface TextUnit {
  readonly text: string;
  /** Tag of the block it sits in: H1..H6, LI, P, BLOCKQUOTE, DIV, ... */
  readonly block: string;
  /** 1..6 for headings, else 0. */
  readonly level: number;
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The page as a reader scans it, in document order: the inline text of every block, so a list
 * item, a card and a paragraph each become one unit and inline links stay part of their sentence.
 */
export function textUnits(root: Element): TextUnit[] {
  const scope = root.cloneNode(true) as Element;
  for (const el of scope.querySelectorAll(FURNITURE)) el.remove();
  const units: TextUnit[] = [];
  const walk = (block: Element) => {
    let run = "";
    const flush = () => {
      const text = clean(run);
      if (text.length > 0) units.push({ text, block: block.tagName, level: /^H[1-6]$/.test(block.tagName) ? Number(block.tagName[1]) : 0 });
      run = "";
    };
    const visit = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) run += child.textContent ?? "";
        else if (child.nodeType === 1) {
          const el = child as Element;
          if (el.tagName === "BR") run += " ";
          else if (BLOCK_TAGS.has(el.tagName)) {
            flush();
            walk(el);
          } else visit(el);
        }
      }
    };
    visit(block);
    flush();
  };
  walk(scope);
  return units;
}
