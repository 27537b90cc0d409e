import { TopicSlug } from "../ids";

/** A curated topic: one node in the graph, whatever words a source uses for it. */
export interface TopicDefinition {
  readonly slug: TopicSlug;
  readonly name: string;
  /**
   * Words and phrases that signal the topic, in either number ("GPUs" matches "GPU"). A capital
   * letter in an alias must be a capital in running text too, so the pronoun "us" is not `US`
   * and porcelain is not `China`; topic names typed by people are matched without case. Running
   * text is matched against aliases only, so a name that is an everyday word ("Running") is not.
   */
  readonly aliases: readonly string[];
}

// Parsing the slug here makes a typo in the list fail on import, not in the graph.
const topic = (slug: string, name: string, aliases: readonly string[]): TopicDefinition => ({
  slug: TopicSlug.parse(slug),
  name,
  aliases,
});

/**
 * The AI-strategy field the product is built for, plus a few everyday themes so that unrelated
 * sources still land on shared topics. Aliases must be unique across the whole list.
 */
export const taxonomy: readonly TopicDefinition[] = [
  topic("sovereign-ai", "Sovereign AI", [
    "sovereign AI", "AI sovereignty", "sovereign", "sovereign model", "sovereign compute",
    "sovereign cloud", "sovereign capability", "digital sovereignty", "technological sovereignty",
    "sovereignty", "strategic autonomy", "national model", "national champion",
  ]),
  topic("open-source", "Open source", [
    "open source", "open-source models", "open-source software", "OSS", "open models",
    "open weights", "open-weight models", "openly licensed", "open release", "Llama",
  ]),
  topic("fine-tuning", "Fine-tuning", [
    "fine tuning", "fine tune", "fine tuned", "finetuning", "LoRA", "adapter", "instruction tuning",
    "domain adaptation", "post training", "adapt the model", "adapting models",
  ]),
  topic("small-models", "Small models", [
    "small model", "small language model", "SLM", "distillation", "distilled model", "quantisation",
    "quantization", "on device", "edge deployment",
  ]),
  topic("frontier-models", "Frontier models", [
    "frontier model", "frontier lab", "foundation model", "large language model", "LLM",
    "frontier", "pre training", "pretraining", "training run", "scaling law",
  ]),
  topic("vendor-lock-in", "Vendor lock-in", [
    "vendor lock-in", "lock in", "locked in", "switching cost", "single vendor", "single provider",
    "proprietary API", "dependency on one", "exit strategy", "portability",
  ]),
  topic("multi-provider", "Multi-provider resilience", [
    "multi-provider", "multi-cloud", "multiple providers", "second provider", "fallback provider",
    "failover", "model router", "model routing", "routing layer", "abstraction layer", "outage",
    "redundancy", "resilience",
  ]),
  topic("cloud", "Cloud providers", [
    "cloud provider", "hyperscaler", "AWS", "Azure", "Google Cloud", "cloud contract",
    "cloud credits", "public cloud",
  ]),
  topic("compute", "AI compute", [
    "compute", "AI compute", "GPU", "accelerator", "TPU", "GPU cluster", "cluster", "H100",
    "Nvidia", "supercomputer", "flops", "CUDA",
  ]),
  topic("semiconductors", "Chips and semiconductors", [
    "semiconductor", "chip", "chipmaker", "chipmaking", "fab", "foundry", "TSMC", "lithography",
    "ASML", "chip design", "wafer", "advanced packaging", "high bandwidth memory", "HBM",
  ]),
  topic("export-controls", "Export controls", [
    "export control", "export restriction", "export licence", "export license", "entity list",
    "chip ban", "sanction", "smuggling",
  ]),
  topic("supply-chain", "Supply chains", [
    "supply chain", "rare earth", "critical minerals", "chokepoint", "lead time",
  ]),
  topic("data-centres", "Data centres", [
    "data centre", "data center", "datacenter", "hyperscale campus", "colocation", "server farm",
    "cooling",
  ]),
  topic("energy", "Energy and power", [
    "energy", "electricity", "power grid", "grid", "megawatt", "gigawatt", "power supply",
    "nuclear power", "renewable", "solar", "power purchase agreement",
  ]),
  topic("inference-cost", "Inference and API costs", [
    "inference cost", "API cost", "API pricing", "API bill", "cost per token", "price per token",
    "per million tokens", "token price", "serving cost", "inference bill", "inference",
  ]),
  topic("national-ai-strategy", "National AI strategy", [
    "national AI strategy", "AI strategy", "national strategy", "AI policy", "industrial policy",
    "national plan", "AI mission", "public investment", "government funding",
    "policymaker", "white paper",
  ]),
  topic("regulation", "AI regulation", [
    "regulation", "regulator", "AI Act", "legislation", "compliance", "liability", "licensing regime",
    "rulebook", "executive order",
  ]),
  topic("national-security", "Defence and national security", [
    "national security", "defence", "defense", "military", "armed forces", "intelligence agency",
    "dual use", "classified", "security service",
  ]),
  topic("geopolitics", "Geopolitics", [
    "geopolitics", "geopolitical", "AI race", "arms race", "great power", "rivalry",
    "strategic competition", "alliance", "allies", "middle power",
  ]),
  topic("public-sector", "Public sector and procurement", [
    "public sector", "government service", "civil servant", "civil service", "procurement",
    "public tender", "public services",
  ]),
  topic("startups", "Startups", [
    "startup", "start-up", "founder", "venture capital", "VC", "seed round", "funding round",
    "Series A", "unicorn",
  ]),
  topic("ai-investment", "AI investment", [
    "investment", "capital expenditure", "capex", "subsidy", "sovereign wealth fund", "investor",
  ]),
  topic("enterprise-adoption", "Enterprise adoption", [
    "enterprise", "adoption", "deployment", "in production", "pilot", "proof of concept",
    "use case", "CIO", "CTO",
  ]),
  topic("training-data", "Training data", [
    "training data", "dataset", "data set", "corpus", "data quality", "synthetic data",
    "labelled data", "labeled data", "proprietary data", "own data", "domain data", "annotation",
  ]),
  topic("privacy", "Privacy and data residency", [
    "privacy", "data protection", "GDPR", "personal data", "data residency", "data localisation",
    "data localization", "patient data", "confidential",
  ]),
  topic("languages", "Local languages", [
    "local language", "multilingual", "low-resource language", "Hindi", "Tamil", "Arabic",
    "Swahili", "tokenizer", "tokeniser", "translation",
  ]),
  topic("evaluation", "Evaluation and benchmarks", [
    "benchmark", "eval", "evaluation", "leaderboard", "test set", "red teaming",
  ]),
  topic("ai-safety", "AI safety", [
    "AI safety", "alignment", "safety", "misuse", "guardrail", "catastrophic risk", "safety testing",
  ]),
  topic("agents", "AI agents", ["agent", "agentic", "tool use", "autonomous agent", "workflow automation"]),
  topic("model-licensing", "Model licensing", [
    "licence", "license", "licensing", "Apache", "terms of use", "acceptable use policy",
    "usage restriction",
  ]),
  topic("talent", "AI talent", [
    "talent", "AI researcher", "ML engineer", "AI engineer", "engineering talent", "brain drain",
    "visa", "immigration", "skills", "hiring", "PhD", "diaspora",
  ]),
  topic("china", "China", ["China", "Chinese", "Beijing", "Huawei", "DeepSeek", "Qwen", "Alibaba"]),
  topic("india", "India", ["India", "Indian", "New Delhi", "Delhi", "Bengaluru", "Bangalore"]),
  topic("united-states", "United States", [
    "United States", "US", "U.S.", "USA", "America", "American", "Washington", "Silicon Valley",
  ]),
  topic("europe", "Europe", [
    "Europe", "European", "EU", "European Union", "Brussels", "France", "French", "Germany",
    "German", "Mistral",
  ]),
  topic("gulf-states", "Gulf states", [
    "Gulf states", "Gulf", "UAE", "United Arab Emirates", "Abu Dhabi", "Dubai", "Saudi Arabia",
    "Saudi", "Qatar",
  ]),
  topic("united-kingdom", "United Kingdom", ["United Kingdom", "UK", "Britain", "British", "London"]),
  topic("baking", "Baking", [
    "baking", "bake", "baker", "bread", "loaf", "dough", "flour", "oven", "crust", "crumb",
    "proofing", "bakery",
  ]),
  topic("fermentation", "Fermentation", [
    "fermentation", "ferment", "sourdough", "starter", "levain", "yeast", "wild yeast",
    "lactic acid",
  ]),
  topic("cooking", "Cooking", ["cooking", "kitchen", "chef", "meal", "home cook"]),
  topic("running", "Running", [
    "runner", "marathon", "half marathon", "long run", "easy run", "tempo run",
    "race day", "mileage", "jogging", "10k", "5k", "personal best",
  ]),
  topic("endurance-training", "Endurance training", [
    "training plan", "training block", "training week", "taper", "tapering", "aerobic",
    "heart rate", "overtraining", "rest day", "recovery", "endurance",
  ]),
  topic("nutrition", "Nutrition", [
    "nutrition", "carbohydrate", "carb", "protein", "fuelling", "fueling", "energy gel", "gel",
    "electrolyte", "diet", "calories",
  ]),
  topic("health", "Health and injury", [
    "injury", "injured", "physiotherapist", "physio", "shin splints", "stress fracture", "sleep",
  ]),
  topic("gardening", "Gardening", [
    "gardening", "garden", "compost", "seedling", "soil", "allotment", "mulch", "leaf mould",
  ]),
];
