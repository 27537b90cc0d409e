/** Bounds shared by the API contracts and the server. */
export const limits = {
  insightText: { min: 3, max: 2_000 },
  quote: 4_000,
  sourceText: 2_000_000,
  title: 500,
  url: 2_000,
  topicsPerInsight: 10,
  topicName: 80,
  insightsPerRequest: 1_000,
  /** Largest JSON body the API accepts, in bytes (a long transcript fits). */
  jsonBodyBytes: 5 * 1024 * 1024,
  list: { default: 50, max: 500 },
  related: { default: 10, max: 100 },
  graph: { default: 100, max: 2_000 },
} as const;
