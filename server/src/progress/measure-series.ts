import { INSTRUMENTS, InstrumentCode, reliableChangeOnScale } from '@securebase/shared';
import type { AttachmentPointDto, MeasureSeriesDto } from './dto/progress.dto';

export interface MeasureRow {
  instrument: InstrumentCode;
  administeredOn: string;
  scores: Record<string, number>;
  band: string | null;
  /** The measure's flags (PHQ-9 item 9 → safety_item), so a chart can raise them where it shows the score. */
  flags: string[];
}

/** Instruments whose anxiety and avoidance place a client on the attachment plot. */
const ATTACHMENT_INSTRUMENTS: InstrumentCode[] = ['ecr_r', 'ecr_rs'];

/**
 * Measures (oldest first) → one series per instrument scale, with the
 * reliable-change verdict between the first and latest score, and the attachment plot's points.
 * Pure, so the numbers can be unit-tested against hand-worked examples.
 */
export function measureSeries(rows: MeasureRow[]): { measures: MeasureSeriesDto[]; attachment: AttachmentPointDto[] } {
  const measures: MeasureSeriesDto[] = [];
  const byInstrument = new Map<InstrumentCode, MeasureRow[]>();
  for (const row of rows) byInstrument.set(row.instrument, [...(byInstrument.get(row.instrument) ?? []), row]);
  for (const [code, list] of byInstrument) {
    const definition = INSTRUMENTS[code];
    for (const scale of definition.scales) {
      const points = list
        .filter((r) => typeof r.scores[scale.code] === 'number')
        .map((r) => ({
          date: r.administeredOn,
          score: r.scores[scale.code],
          band: definition.bandScale === scale.code ? r.band : null,
          flags: r.flags,
        }));
      if (!points.length) continue;
      const first = points[0].score;
      const latest = points[points.length - 1].score;
      const reliableChange = points.length > 1 ? reliableChangeOnScale(code, scale.code, first, latest) : null;
      measures.push({ instrument: code, scale: scale.code, points, reliableChange });
    }
  }
  const attachment = rows
    .filter((r) => ATTACHMENT_INSTRUMENTS.includes(r.instrument))
    .map((r) => ({ date: r.administeredOn, anxiety: r.scores.anxiety, avoidance: r.scores.avoidance, instrument: r.instrument }));
  return { measures, attachment };
}

/** True when any scale of any instrument is reliably worse between the first and latest measure. */
export function isReliablyWorse(ends: { instrument: InstrumentCode; first: Record<string, number>; latest: Record<string, number> }[]): boolean {
  return ends.some(({ instrument, first, latest }) =>
    INSTRUMENTS[instrument].scales.some((scale) => {
      if (typeof first[scale.code] !== 'number' || typeof latest[scale.code] !== 'number') return false;
      return reliableChangeOnScale(instrument, scale.code, first[scale.code], latest[scale.code])?.verdict === 'worse';
    }),
  );
}
