/**
 * An episode's WebVTT subtitles: a greeting (no claim), then Maya Chen's claim over two cues
 * (1:04–1:12) and Tomas Lindqvist's (2:20–2:25), each tagged so the tests' data stays their own.
 */
export const twoSpeakerEpisodeVtt = (tag: string) =>
  [
    "WEBVTT",
    "",
    "00:00:01.000 --> 00:00:03.000",
    "<v Nadia Petrov>Welcome back to the show.",
    "",
    "00:01:04.000 --> 00:01:08.000",
    `<v Maya Chen>Most countries will adapt the best open models (${tag})`,
    "",
    "00:01:08.000 --> 00:01:12.000",
    "<v Maya Chen>to their own data and run them on their own hardware, rather than train frontier models.",
    "",
    "00:02:20.000 --> 00:02:25.000",
    `<v Tomas Lindqvist>Export controls on advanced chips (${tag}) turned compute into an instrument of foreign policy.`,
  ].join("\n");
