import { Checkbox, Stack } from '@mantine/core';
import { INSTRUMENT_CODES, INSTRUMENTS, type InstrumentCode } from '@securebase/shared';

interface InstrumentChoiceProps {
  value: InstrumentCode[];
  onChange: (value: InstrumentCode[]) => void;
  description: string;
  error?: string;
}

/** The questionnaires a link (or each link of a schedule) asks for: one checkbox per instrument of the catalogue. */
export function InstrumentChoice({ value, onChange, description, error }: InstrumentChoiceProps) {
  return (
    <Checkbox.Group label="Questionnaires" description={description} value={value} onChange={(v) => onChange(v as InstrumentCode[])} error={error}>
      <Stack gap="xs" mt="xs">
        {INSTRUMENT_CODES.map((code, i) => (
          <Checkbox
            key={code}
            value={code}
            label={`${INSTRUMENTS[code].name} — ${INSTRUMENTS[code].measures}`}
            data-autofocus={i === 0 || undefined}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
