import { Alert, Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { localCalendarDate } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { clientDisplayName } from '../../../lib/names';
import type { ClientRecord } from '../../clients/api/get-client';
import { InstrumentChoice } from '../../invitations/components/instrument-choice';
import { MAX_EXPIRY_DAYS, MAX_INSTRUMENTS, MIN_EXPIRY_DAYS } from '../../invitations/invitation-rules';
import type { MeasurePlan, MeasurePlanCadence } from '../api/list-measure-plans';
import { useCreateMeasurePlan, useUpdateMeasurePlan } from '../api/save-measure-plan';
import { CADENCE_LABELS, emptyPlanForm, planChanges, planFormProblems, planQuestionnaires, type PlanFormValues } from '../measure-plan-rules';

const cadenceOptions = (Object.keys(CADENCE_LABELS) as MeasurePlanCadence[]).map((value) => ({ value, label: CADENCE_LABELS[value] }));

interface MeasurePlanDialogProps {
  client: ClientRecord;
  /** The plan to change; a new plan when left out. */
  plan?: MeasurePlan;
  opened: boolean;
  onClose: () => void;
}

function formOf(plan: MeasurePlan | undefined, today: string): PlanFormValues {
  if (!plan) return emptyPlanForm(today);
  return { ...emptyPlanForm(today), ...plan, endsOn: plan.endsOn ?? '' };
}

/**
 * Sets a schedule: which questionnaires, how often, from when and until when. Changing one later
 * touches only its rhythm and end; the questionnaires and start stay, so its history reads true.
 */
export function MeasurePlanDialog({ client, plan, opened, onClose }: MeasurePlanDialogProps) {
  const name = clientDisplayName(client);
  const today = localCalendarDate();
  const [values, setValues] = useState<PlanFormValues>(() => formOf(plan, today));
  const [tried, setTried] = useState(false);
  const create = useCreateMeasurePlan(client.id);
  const update = useUpdateMeasurePlan(client.id);
  const saving = create.isPending || update.isPending;
  const failed = create.error ?? update.error;
  // A change keeps the start, which may be in the past by now: only the end is checked then.
  const errors = plan ? { endsOn: planFormProblems({ ...values, startsOn: plan.startsOn }, plan.startsOn).endsOn } : planFormProblems(values, today);
  const hasErrors = Object.values(errors).some(Boolean);
  const shown = (field: keyof PlanFormValues) => (tried ? errors[field] : undefined);
  const set = <K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]) => setValues((v) => ({ ...v, [field]: value }));

  const close = () => {
    onClose();
    setTried(false);
    create.reset();
    update.reset();
    setValues(formOf(plan, localCalendarDate()));
  };

  const save = () => {
    setTried(true);
    if (hasErrors || saving) return;
    const done = (message: string) => () => {
      notifications.show({ color: 'indigo', message });
      close();
    };
    if (plan) {
      update.mutate({ id: plan.id, ...planChanges(plan, values) }, { onSuccess: done('Schedule changed.') });
      return;
    }
    create.mutate(
      {
        instruments: values.instruments,
        includeGoals: values.includeGoals,
        cadence: values.cadence,
        startsOn: values.startsOn,
        endsOn: values.endsOn || null,
        expiresInDays: values.expiresInDays,
      },
      { onSuccess: done(values.startsOn === today ? 'Schedule set. Today’s link is being made.' : 'Schedule set.') },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={plan ? `Change the schedule for ${name}` : `Set a questionnaire schedule for ${name}`} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack gap="lg">
          {plan ? (
            <Text size="sm">
              {planQuestionnaires(plan)}. The questionnaires and the start stay as they are; stop this schedule and set a new one to change them.
            </Text>
          ) : (
            <>
              <InstrumentChoice
                description={`Choose up to ${MAX_INSTRUMENTS}. Each due date makes one link that asks for all of them.`}
                value={values.instruments}
                onChange={(instruments) => set('instruments', instruments)}
                error={shown('instruments')}
              />
              <Checkbox
                label="Ask the client to rate their goals"
                description="Each active goal from 0 to 10, with every link."
                checked={values.includeGoals}
                onChange={(event) => set('includeGoals', event.currentTarget.checked)}
              />
            </>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select
              label="How often"
              data={cadenceOptions}
              allowDeselect={false}
              value={values.cadence}
              onChange={(value) => value && set('cadence', value as MeasurePlanCadence)}
            />
            {!plan && (
              <TextInput
                label="First due date"
                type="date"
                required
                min={today}
                value={values.startsOn}
                onChange={(event) => set('startsOn', event.currentTarget.value)}
                error={shown('startsOn')}
              />
            )}
            {values.cadence !== 'once' && (
              <TextInput
                label="Last due date (optional)"
                type="date"
                value={values.endsOn}
                onChange={(event) => set('endsOn', event.currentTarget.value)}
                error={shown('endsOn')}
              />
            )}
          </SimpleGrid>
          {!plan && (
            <NumberInput
              label="Each link works for (days)"
              description="After that it stops working; an unanswered one shows as missed."
              min={MIN_EXPIRY_DAYS}
              max={MAX_EXPIRY_DAYS}
              clampBehavior="strict"
              allowDecimal={false}
              value={values.expiresInDays}
              onChange={(value) => set('expiresInDays', typeof value === 'number' ? value : Number(value))}
              error={shown('expiresInDays')}
              w={220}
            />
          )}
          {!client.contactByEmail && !plan && (
            <Text size="sm" c="dimmed">
              {name} has not agreed to email, so each link is made on its due date for you to pass on (“Show link”).
            </Text>
          )}
          {failed && (
            <Alert color="red" variant="light" title={plan ? 'The schedule was not changed' : 'The schedule was not set'} role="alert">
              <Text size="sm">{describeError(failed)}</Text>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {plan ? 'Save schedule' : 'Set schedule'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
