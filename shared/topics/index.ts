export { canNameTopic, normaliseTopic, splitWords } from "./normalise";
export type { NormalisedTopic } from "./normalise";
export { singularise } from "./singular";
