// Run by localEmbedder.int.test.ts in a process without network: embeds two texts and says what it got.
import { DEFAULT_MODEL_DIR } from "./fetchModel";
import { createLocalEmbedder } from "./localEmbedder";

const vectors = await createLocalEmbedder({ model: "bge-small-en-v1.5", dir: DEFAULT_MODEL_DIR, threads: 1 }).embed(["One claim.", "Another claim."]);
process.stdout.write(JSON.stringify({ vectors: vectors.length, dimensions: vectors[0]?.length }));
