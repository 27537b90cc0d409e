export { createHeuristicExtractor, extractClaims, extractFromTurns, HEURISTIC_EXTRACTOR } from "./heuristicExtractor";
