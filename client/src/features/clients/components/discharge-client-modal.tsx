import { Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DISCHARGE_REASON_MAX_LENGTH } from '@securebase/shared';
import { useState } from 'react';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { localCalendarDate } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { clientDisplayName } from '../../../lib/names';
import { useDischargeClient } from '../api/discharge-client';
import type { ClientRecord } from '../api/get-client';
import { validateDischarge, type DischargeFormValues } from '../client-rules';
import { FormProblem } from '../../../components/form-problem';
import { FormActions } from '../../../components/form-actions';

interface DischargeClientModalProps {
  client: ClientRecord;
  opened: boolean;
  onClose: () => void;
}

export function DischargeClientModal({ client, opened, onClose }: DischargeClientModalProps) {
  const discharge = useDischargeClient(client.id);
  const [problem, setProblem] = useState<string | null>(null);
  const name = clientDisplayName(client);
  const form = useForm<DischargeFormValues>({
    initialValues: { dischargedOn: localCalendarDate(), reason: '' },
    validate: (values) => validateDischarge(values, client.intakeDate, localCalendarDate()),
  });

  const close = () => {
    setProblem(null);
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    discharge.mutate(
      { dischargedOn: values.dischargedOn, reason: values.reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'indigo', message: `${name} was discharged. Their records are kept.` });
          form.reset();
          close();
        },
        onError: (error) => {
          const { other } = showServerFieldErrors(form, error, ['dischargedOn', 'reason']);
          setProblem([describeError(error, 'client'), ...other].join(' '));
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={`Discharge ${name}`} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">Discharged clients keep every record. They move from the active caseload to the discharged list.</Text>
          {problem && <FormProblem problem={problem} />}
          <TextInput label="Discharged on" type="date" required data-autofocus {...form.getInputProps('dischargedOn')} />
          <Textarea
            label="Reason"
            description="For example: goals achieved, moved away, referred on"
            required
            autosize
            minRows={3}
            maxLength={DISCHARGE_REASON_MAX_LENGTH}
            {...form.getInputProps('reason')}
          />
          <FormActions submitLabel="Discharge client" onCancel={close} saving={discharge.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
