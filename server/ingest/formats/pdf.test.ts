import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, readDocuments } from ".";

// A three-page article Chromium printed with its running header (date and title) and footer
// (file address and "1/3"), the furniture a real PDF carries.
const report = { origin: "battery-report.pdf", bytes: new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", "battery-report.pdf"))) };

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readDocuments({ origin: "broken.pdf", bytes }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problem;
}

describe("PDF text", () => {
  it("reads the text layer as an article titled by the PDF, lines rejoined into whole sentences", async () => {
    const [doc] = await readDocuments(report);
    expect(doc?.format).toBe("pdf");
    expect(doc?.meta).toMatchObject({ title: "Why battery storage changes the grid", kind: "article" });
    const text = doc?.body.type === "text" ? doc.body.text : "";
    expect(text).toContain(
      "Grid-scale batteries now set the evening price in South Australia on most days of the year, because they charge at midday when solar power is cheapest and discharge after sunset.",
    );
    expect(text).toContain("Interconnection queues, not cell prices, are now the main bottleneck for new storage projects in the United States.");
    expect(text).toContain("when scarcity prices are a hundred times the average price of power.");
  });

  it("drops running headers, footers and page numbers, and keeps headings as their own paragraphs", async () => {
    const [doc] = await readDocuments(report);
    const text = doc?.body.type === "text" ? doc.body.text : "";
    expect(text).not.toMatch(/file:\/\/|\d\/3|AM Why battery/);
    expect(text.split("\n\n")).toContain("What regulators should do");
    expect(text.startsWith("Why battery storage")).toBe(false);
  });

  it("refuses a damaged PDF and one with no text layer, saying which", async () => {
    expect(await refusal(new TextEncoder().encode("%PDF-1.4\nnot really a pdf"))).toMatch(/could not be read/);
    // A page holding only a grey box, as a scanned page holds only an image.
    const scanned = new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", "no-text.pdf")));
    expect(await refusal(scanned)).toMatch(/no text layer/);
  });

  it("is refused over the size limit, naming the sizes, before it is parsed", async () => {
    await expect(readDocuments(report, { maxBytes: 1024 })).rejects.toThrow(/over the limit of 0\.0 MB/);
  });

  it("is read as a PDF only when no other format is asked for", async () => {
    await expect(readDocuments(report, { format: "text" })).rejects.toThrow(/a PDF, read as one only when no other format is asked for/);
  });
});
