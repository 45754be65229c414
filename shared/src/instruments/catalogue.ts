import { ECR_R } from './ecr-r';
import { ECR_RS } from './ecr-rs';
import { GAD7 } from './gad7';
import { PHQ9 } from './phq9';
import { reliableChange, type ReliableChange } from './reliable-change';
import { RSES } from './rses';
import { INSTRUMENT_CODES, type InstrumentCode, type InstrumentDefinition, type ScaleDefinition, type ScaleReliability } from './types';

export const INSTRUMENTS: Readonly<Record<InstrumentCode, InstrumentDefinition>> = {
  phq9: PHQ9,
  gad7: GAD7,
  rses: RSES,
  ecr_r: ECR_R,
  ecr_rs: ECR_RS,
};

export function isInstrumentCode(value: unknown): value is InstrumentCode {
  return typeof value === 'string' && (INSTRUMENT_CODES as readonly string[]).includes(value);
}

export function findScale(code: InstrumentCode, scale: string): ScaleDefinition | undefined {
  return INSTRUMENTS[code].scales.find((s) => s.code === scale);
}

/** Lowest and highest score a scale can reach: a sum spans item count × answer range, a mean the answer range. */
export function scaleRange(instrument: InstrumentDefinition, scale: ScaleDefinition): { min: number; max: number } {
  if (scale.combine === 'mean') return { min: instrument.min, max: instrument.max };
  return { min: scale.items.length * instrument.min, max: scale.items.length * instrument.max };
}

/**
 * Reliable change between a client's first and latest score on one scale, or `null` when the scale has no confirmed
 * SD and r yet (the UI then shows no verdict rather than one built on a guessed figure).
 */
export function reliableChangeOnScale(code: InstrumentCode, scale: string, first: number, latest: number): ReliableChange | null {
  const definition = findScale(code, scale);
  if (!definition) throw new RangeError(`${code} has no scale ${scale}`);
  const { sd, r } = definition.reliability;
  if (sd === null || r === null) return null;
  return reliableChange(first, latest, { sd, r }, definition.betterDirection);
}

/** A scale as the catalogue shows it: its definition, with the lowest and highest score it can reach. */
export interface CatalogueScale extends ScaleDefinition {
  min: number;
  max: number;
}

/**
 * One entry of `GET /api/instruments` (docs/product.md, "Questionnaires"): the definition as it stands, its scales
 * with their ranges as `subscales`; `min`/`max` are the answer range of every item.
 */
export interface CatalogueEntry extends Omit<InstrumentDefinition, 'scales'> {
  subscales: CatalogueScale[];
  /** Figures of the instrument's first scale; every scale's own figures are in `subscales[].reliability`. */
  reliability: ScaleReliability;
}

export function catalogueEntry(instrument: InstrumentDefinition): CatalogueEntry {
  const subscales = instrument.scales.map((scale) => ({
    code: scale.code,
    label: scale.label,
    items: scale.items,
    combine: scale.combine,
    ...scaleRange(instrument, scale),
    betterDirection: scale.betterDirection,
    reliability: scale.reliability,
  }));
  return {
    code: instrument.code,
    name: instrument.name,
    measures: instrument.measures,
    itemCount: instrument.itemCount,
    min: instrument.min,
    max: instrument.max,
    reversedItems: instrument.reversedItems,
    subscales,
    ...(instrument.bandScale ? { bandScale: instrument.bandScale } : {}),
    bands: instrument.bands,
    flags: instrument.flags,
    itemLabels: instrument.itemLabels,
    reliability: instrument.scales[0].reliability,
  };
}

export function instrumentCatalogue(): CatalogueEntry[] {
  return INSTRUMENT_CODES.map((code) => catalogueEntry(INSTRUMENTS[code]));
}
