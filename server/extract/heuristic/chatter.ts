/**
 * The talk around the ideas: greetings, thanks, introductions, sign-offs and segues. Each
 * pattern is written for the phrase as hosts say it, so that a claim using the same words
 * ("enterprises subscribe to two providers", "perfect competition") is not caught.
 */
const chatter: readonly RegExp[] = [
  /\bwelcome (?:back )?to\b|\bwelcome,? (?:everyone|everybody|back)\b|^(?:hi|hey|hello)\b|,? welcome[.!]$/i,
  /\bthanks?(?: you)?(?: so much)?(?: again)? for (?:having|joining|coming|listening|tuning|being)\b/i,
  /^(?:thanks|thank you)\b|\b(?:great|good|lovely|happy|glad) to be (?:here|back|on)\b|\bmy pleasure\b/i,
  /\b(?:great|good|fair|interesting) (?:question|point)\b|^(?:love it|awesome|perfect|exactly|absolutely)[.!,]/i,
  /\bI'm your host\b|\bI'm joined by\b|\bmy guest\b|\bwith me (?:today )?is\b|\bin the studio\b|\bsits down with\b/i,
  /\b(?:today|this week),? I'm (?:talking|joined|speaking)\b|\bjoining (?:me|us)\b|\bbig fan\b/i,
  /\b(?:please|forget to|remember to|hit) subscribe\b|\bsubscribe (?:to|for) (?:the|our|more)\b|\bsubscribe,/i,
  /\bleave (?:us )?a review\b|\brate the show\b|\bwherever you get your podcasts\b|\bour newsletter\b/i,
  /\bsee you (?:next|in)\b|\bthat's (?:all|it) for\b|\bbye for now\b|\bthanks for listening\b|\bshare it with\b/i,
  /\blet's (?:start|get into|talk|take|pause|dive|stop)\b|\bwe'll (?:take|come back)\b|\bquick (?:break|word)\b/i,
  /\bwe're (?:back|recording)\b|\blast question\b|\bbefore we go\b|\bwhere can people find\b|\bsend (?:it|them|us) in\b/i,
  /\bthis (?:was|has been) (?:great|fun|wonderful|brilliant|fantastic|a pleasure)\b/i,
];

/** Phrases only a sponsor read uses. */
const advert =
  /\b(?:brought to you by|a word from our sponsors?|promo code|percent off|free shipping|book a demo|first month free|try it free)\b/i;
// Case matters here: a discount code is written in capitals ("use the code CRUMB").
const discountCode = /\b[Uu]se (?:the )?(?:promo |discount )?code [A-Z0-9]{3,}\b/;
// "Sponsored by" is also how research and grants are described, so it only opens an advert
// when the turn sends listeners somewhere.
const sponsoredBy = /\b(?:sponsored|supported) by\b/i;
const callToAction = /\b[\w-]+\.(?:com|org|net|io|co)\b|\bvisit\b|\blearn more\b|\bhead to\b/i;

export function isChatter(sentence: string): boolean {
  return chatter.some((pattern) => pattern.test(sentence));
}

/** Whether a sentence opens a sponsor read; `turn` is the whole turn it belongs to. */
export function isAdvert(sentence: string, turn: string = sentence): boolean {
  return advert.test(sentence) || discountCode.test(sentence) || (sponsoredBy.test(sentence) && callToAction.test(turn));
}

// Openers that carry no content; removing them leaves the claim ("So, most countries..." →
// "Most countries..."). "I think" goes too: the insight is the claim, the source says who made it.
const leadingMarker = new RegExp(
  String.raw`^(?:(?:(?:yes|no|yeah|right|okay|ok|well|look|oh|ha|now|actually|basically|honestly|in fact|of course)[,.!]` +
    String.raw`|(?:and|but|I mean|you know|I think|I'd say|I'd argue|I believe|to be honest)(?: that)?,?` +
    String.raw`|so(?! (?:far|much|many|long|that|few|called|to)\b),?)\s+)+`,
  "i",
);

/** A sentence without its empty openers, first letter capitalised. */
export function stripOpeners(sentence: string): string {
  return capitalise(sentence.replace(leadingMarker, ""));
}

// Show notes report claims ("On funding, Claire points out that ..."); the insight is the claim.
const attribution = new RegExp(
  String.raw`^(?:On [\w\s-]{1,30}, )?(Both guests|The guests|They|He|She|[A-Z][\p{L}'’-]+?(?: [A-Z][\p{L}'’-]+?)?)(?:'s|’s)? ` +
    String.raw`(?:argues|says|points out|explains|warns|notes|agrees|agree|believes|thinks|claims|suggests|estimates|view is)` +
    String.raw`(?: that)? `,
  "u",
);

/**
 * A sentence without a leading "Name says that"; `isName` tells a person ("Jonas argues that")
 * from a sentence-initial word ("Nobody thinks that"), whose removal would invert the claim.
 */
export function stripAttribution(sentence: string, isName: (words: string) => boolean): string {
  const match = attribution.exec(sentence);
  const speaker = match?.[1];
  if (!match || speaker === undefined) return sentence;
  const reported = /^(?:Both guests|The guests|They|He|She)$/.test(speaker) || isName(speaker);
  const claim = sentence.slice(match[0].length);
  // "Jonas estimates that it cut his sales cycle" still needs Jonas.
  if (!reported || /\b(?:he|she|his|her|him)\b/i.test(claim)) return sentence;
  // "Claire points out that A, and that B" reads as "A, and B" once Claire is gone.
  return capitalise(claim.replace(/,? and that (?=\w)/g, ", and "));
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
