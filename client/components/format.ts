export { atTime, formatTimestamp, safeHttpUrl, timestampUrl } from "@shared/format";

/** "1 insight", "3 insights". */
export const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
