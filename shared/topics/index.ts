export { canNameTopic, findTaxonomyTopic, normaliseTopic, splitWords, taxonomyTopic } from "./normalise";
export type { NormalisedTopic } from "./normalise";
export { singularise } from "./singular";
export { taxonomy } from "./taxonomy";
export type { TopicDefinition } from "./taxonomy";
