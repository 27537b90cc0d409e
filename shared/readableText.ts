// Control characters other than tab and line breaks, and the replacement character a decoder
// leaves for bytes that were not text.
const notText = /[\p{Cc}\uFFFD](?<![\t\n\r])/gu;
/** Past this share of such characters a text is binary data, whatever else it holds. */
const MAX_NOT_TEXT = 0.1;

/**
 * Why a text cannot be read as one (only control characters, binary bytes, no letter or digit),
 * or null when it can.
 */
export function unreadableText(text: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return "holds no letters or digits (only control characters, symbols or binary bytes)";
  const odd = text.match(notText)?.length ?? 0;
  if (odd / text.length > MAX_NOT_TEXT) return "is binary data, not text (mostly control characters)";
  return null;
}
