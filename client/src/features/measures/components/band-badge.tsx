import type { InstrumentDefinition } from '@securebase/shared';
import { bandInfo } from '../measure-labels';
import '../measures.css';

/** A severity band by name, on its light tint. */
export function BandBadge({ instrument, band }: { instrument: InstrumentDefinition; band: string | null | undefined }) {
  const info = bandInfo(instrument, band);
  if (!info) return null;
  return (
    <span className="sb-band" style={{ background: info.tint }} data-severity={info.severity}>
      {info.label}
    </span>
  );
}
