import type { VoiceDiversity } from "@shared/api/voices";
import { describeVoices } from "@shared/format";

/** Who a list or brief lets speak, and a warning when one voice holds over half of it. */
export function VoicesLine({ voices }: { voices: VoiceDiversity }) {
  if (voices.items === 0) return null;
  return (
    <div className="voices" data-testid="voices">
      <p className="meta">Voices: {describeVoices(voices)}</p>
      {voices.note ? (
        <p className="voices-note" role="note" data-testid="voices-note">
          {voices.note}
        </p>
      ) : null}
    </div>
  );
}
