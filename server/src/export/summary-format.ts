import {
  APPROACH_INFO,
  ATTACHMENT_STYLE_LABELS,
  Approach,
  INSTRUMENTS,
  InstrumentCode,
  NO_VERDICT_LABEL,
  RELIABLE_CHANGE_LABELS,
} from '@securebase/shared';
import type { MeasureSeriesDto } from '../progress/dto/progress.dto';
import { CaseSummary, clientName } from './case-summary';

// Words and numbers as every human-readable format (PDF, Markdown) writes them; CSV and FHIR keep codes and ISO dates.

export { ATTENDANCE_LABELS, GOAL_STATUS_LABELS, MODALITY_LABELS, SETTING_LABELS } from '@securebase/shared';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-02` → `2 Mar 2026`: unambiguous in every country a summary may be sent to. */
export function day(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function approachLabel(code: Approach): string {
  return APPROACH_INFO[code].label;
}

export function attachmentLabel(c: CaseSummary): string {
  return ATTACHMENT_STYLE_LABELS[c.client.attachmentStyle];
}

/** `PHQ-9` for single-scale instruments, `ECR-R · Attachment anxiety` otherwise. */
export function scaleName(instrument: InstrumentCode, scale: string): string {
  const def = INSTRUMENTS[instrument];
  if (def.scales.length === 1) return def.name;
  return `${def.name} · ${def.scales.find((s) => s.code === scale)?.label ?? scale}`;
}

export function bandLabel(instrument: InstrumentCode, band: string | null | undefined): string {
  if (!band) return '';
  return INSTRUMENTS[instrument].bands.find((b) => b.code === band)?.label ?? band;
}

export function flagLabel(instrument: InstrumentCode, flag: string): string {
  return INSTRUMENTS[instrument].flags.find((f) => f.code === flag)?.label ?? flag;
}

/** Sums are whole numbers; means (ECR) keep two decimals. */
export function score(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function signed(value: number | null): string {
  if (value === null) return '—';
  return value > 0 ? `+${value}` : String(value);
}

export function verdictLabel(series: MeasureSeriesDto): string {
  if (series.points.length < 2) return 'One score only';
  if (!series.reliableChange) return `${NO_VERDICT_LABEL} (SD and test–retest r not confirmed)`;
  return RELIABLE_CHANGE_LABELS[series.reliableChange.verdict];
}

export function clientLine(c: CaseSummary): string {
  const preferred = c.client.preferredName ? ` ("${c.client.preferredName}")` : '';
  const pronouns = c.client.pronouns ? `, ${c.client.pronouns}` : '';
  return `${clientName(c.client)}${preferred}${pronouns}`;
}

export function periodLine(c: CaseSummary): string {
  return `${day(c.period.from)} – ${day(c.period.to)}`;
}

/** `G1 6 · G3 4`: each rating keyed to the goal table. */
export function ratingsLine(c: CaseSummary, ratings: { goalId: string; rating: number }[]): string {
  return ratings.map((r) => `${c.goals.find((g) => g.id === r.goalId)?.key ?? '?'} ${r.rating}`).join(' · ');
}

export function goalKey(c: CaseSummary, goalId: string): string {
  return c.goals.find((g) => g.id === goalId)?.key ?? '?';
}

export const RELIABLE_CHANGE_NOTE =
  'Reliable change (Jacobson & Truax 1991) compares the first and the latest score in the period: |RCI| > 1.96 is change beyond measurement error.';

/** A download name without the client's name in it (it ends up in download folders and mail attachments). */
export function fileName(c: CaseSummary, ext: string): string {
  return `case-summary-${c.client.id.slice(0, 8)}-${c.period.from}-to-${c.period.to}.${ext}`;
}
