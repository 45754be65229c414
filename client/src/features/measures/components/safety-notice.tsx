import { Text } from '@mantine/core';
import type { InstrumentDefinition } from '@securebase/shared';
import { flagInfo } from '../measure-labels';
import '../measures.css';

/**
 * Shown the moment a watched item is answered above its threshold (PHQ-9 item 9 > 0). The live
 * region is always there, so the notice is announced when it appears.
 */
export function SafetyNotice({ instrument, flags }: { instrument: InstrumentDefinition; flags: readonly string[] }) {
  return (
    <div role="status">
      {flags.length > 0 && (
        <div className="sb-safety" data-flag={flags.join(' ')}>
          {flags.map((flag) => (
            <Text key={flag} size="sm" fw={600}>
              {flagInfo(instrument, flag).label}
            </Text>
          ))}
        </div>
      )}
    </div>
  );
}
