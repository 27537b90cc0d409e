import type { Crux, CruxSide } from "@shared/api/speakers";
import { timestampUrl } from "@shared/format";

/** What every format calls the section, and the line that says what it holds. */
export const CRUXES_HEADING = "Cruxes";
export const CRUXES_NOTE = "Claims on which named speakers take opposite sides, each side with who said it, where and when.";

export type CruxMoment = CruxSide["said"][number];

/** A speaker's moment as the formatters' source lines take it: start, end and the link to the start. */
export const momentOf = (said: CruxMoment) => ({ startSec: said.startSec, endSec: said.endSec, timestampUrl: timestampUrl(said.source.url, said.startSec) });

/** "Changed their mind: Maya Chen", or null when nobody is heard on both sides. */
export const changedMindLine = (crux: Crux) => (crux.changedMind.length > 0 ? `Changed their mind: ${crux.changedMind.map((s) => s.name).join(", ")}` : null);
