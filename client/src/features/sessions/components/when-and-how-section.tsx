import { Group, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ATTENDANCES, DURATION_MAX, DURATION_MIN, MODALITIES, SETTINGS, type Attendance, type Modality, type Setting } from '@securebase/shared';
import type { SessionFormValues } from '../session-form';
import { ATTENDANCE_LABELS, MODALITY_LABELS, SETTING_LABELS } from '../session-labels';
import { ChoiceField, EditorSection } from './editor-section';

const options = <T extends string>(codes: readonly T[], labels: Record<T, string>) => codes.map((value) => ({ value, label: labels[value] }));
const modalityOptions = options(MODALITIES, MODALITY_LABELS);
const settingOptions = options(SETTINGS, SETTING_LABELS);
const attendanceOptions = options(ATTENDANCES, ATTENDANCE_LABELS);

/** Date, length, modality, setting and attendance: what every session has, rated or not. */
export function WhenAndHowSection({ form, autoFocus }: { form: UseFormReturnType<SessionFormValues>; autoFocus: boolean }) {
  const values = form.getValues();
  return (
    <EditorSection title="When and how">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label="Date and time" type="datetime-local" required autoFocus={autoFocus} {...form.getInputProps('startedAt')} />
        <NumberInput
          label="Duration (minutes)"
          required
          min={DURATION_MIN}
          max={DURATION_MAX}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          w={{ base: '100%', sm: 180 }}
          {...form.getInputProps('durationMinutes')}
        />
      </SimpleGrid>
      <Group gap="xl" align="flex-start" wrap="wrap">
        <ChoiceField<Modality> label="Modality" data={modalityOptions} value={values.modality} onChange={(v) => form.setFieldValue('modality', v)} />
        <ChoiceField<Setting> label="Setting" data={settingOptions} value={values.setting} onChange={(v) => form.setFieldValue('setting', v)} />
        <ChoiceField<Attendance>
          label="Attendance"
          data={attendanceOptions}
          value={values.attendance}
          onChange={(v) => form.setFieldValue('attendance', v)}
        />
      </Group>
    </EditorSection>
  );
}
