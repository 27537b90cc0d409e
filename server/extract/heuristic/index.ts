export { type ClaimRater, createHeuristicExtractor, extractClaims, extractFromTurns, HEURISTIC_EXTRACTOR, type HeuristicOptions } from "./heuristicExtractor";
