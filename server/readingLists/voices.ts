import type { SpeakerRef } from "@shared/api/speakers";
import type { VoiceDiversity } from "@shared/api/voices";

/** An item of a reading list, a brief or a daily brief: what says who spoke. */
interface Voiced {
  readonly source: { readonly title: string; readonly show: string | null } | null;
  readonly speakers: readonly SpeakerRef[];
}

interface Voice {
  readonly key: string;
  readonly name: string;
  readonly kind: "speaker" | "show" | "source";
}

/** The item's named speaker, else its show, else its source; null when nothing says who. */
function voiceOf(item: Voiced): Voice | null {
  const speaker = item.speakers.find((candidate) => candidate.named);
  if (speaker) return { key: `speaker:${speaker.id}`, name: speaker.name, kind: "speaker" };
  if (item.source?.show) return { key: `show:${item.source.show}`, name: item.source.show, kind: "show" };
  if (item.source) return { key: `source:${item.source.title}`, name: item.source.title, kind: "source" };
  return null;
}

/**
 * Distinct shows and named speakers among the items, and the voice heard most with its share of
 * all items; a note when that voice holds over half, so a one-sided list says so.
 */
export function voiceDiversity(items: readonly Voiced[]): VoiceDiversity {
  const shows = new Set(items.flatMap((item) => (item.source?.show ? [item.source.show] : [])));
  const speakers = new Set(items.flatMap((item) => item.speakers.filter((speaker) => speaker.named).map((speaker) => speaker.id)));
  const counts = new Map<string, { voice: Voice; items: number }>();
  for (const item of items) {
    const voice = voiceOf(item);
    if (!voice) continue;
    const seen = counts.get(voice.key);
    counts.set(voice.key, { voice, items: (seen?.items ?? 0) + 1 });
  }
  // Ties go to the name first in the alphabet, so the same list names the same voice.
  const top = [...counts.values()].sort((a, b) => b.items - a.items || a.voice.name.localeCompare(b.voice.name))[0];
  const topVoice = top ? { name: top.voice.name, kind: top.voice.kind, items: top.items, share: top.items / items.length } : null;
  const note =
    topVoice && topVoice.share > 0.5 && items.length > 1
      ? `One voice holds over half: ${topVoice.name} (${topVoice.items} of ${items.length}, ${Math.round(topVoice.share * 100)} %).`
      : null;
  return { items: items.length, shows: shows.size, speakers: speakers.size, topVoice, note };
}
