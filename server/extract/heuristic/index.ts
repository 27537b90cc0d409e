export { createHeuristicExtractor, extractClaims, HEURISTIC_EXTRACTOR } from "./heuristicExtractor";
