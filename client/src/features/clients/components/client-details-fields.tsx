import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  ATTACHMENT_STYLE_LABELS,
  ATTACHMENT_STYLES,
  NAME_MAX_LENGTH,
  PRESENTING_PATTERN_LABELS,
  PRESENTING_PATTERNS,
  PRONOUNS_MAX_LENGTH,
} from '@securebase/shared';
import { formatInstant } from '../../../lib/dates';
import { EMAIL_MAX_LENGTH } from '../../../lib/email';
import { CLIENT_FIELD_LABELS as LABELS, type ClientFormValues } from '../client-rules';

const attachmentOptions = ATTACHMENT_STYLES.map((value) => ({ value, label: ATTACHMENT_STYLE_LABELS[value] }));

interface ClientDetailsFieldsProps {
  form: UseFormReturnType<ClientFormValues>;
  autoFocus?: boolean;
  /** When the client turned email off with the link in an email (editing only). */
  emailStoppedAt?: string | null;
}

/** The fields of a client's details, shared by "New client" and "Edit details". */
export function ClientDetailsFields({ form, autoFocus = false, emailStoppedAt = null }: ClientDetailsFieldsProps) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={LABELS.firstName}
          required
          maxLength={NAME_MAX_LENGTH}
          autoFocus={autoFocus}
          autoComplete="off"
          {...form.getInputProps('firstName')}
        />
        <TextInput label={LABELS.lastName} required maxLength={NAME_MAX_LENGTH} autoComplete="off" {...form.getInputProps('lastName')} />
        <TextInput
          label={LABELS.preferredName}
          description="The name used in sessions, if different"
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          {...form.getInputProps('preferredName')}
        />
        <TextInput
          label={LABELS.pronouns}
          description="For example she/her, they/them"
          maxLength={PRONOUNS_MAX_LENGTH}
          autoComplete="off"
          {...form.getInputProps('pronouns')}
        />
        <TextInput label={LABELS.dateOfBirth} type="date" {...form.getInputProps('dateOfBirth')} />
        <TextInput label={LABELS.intakeDate} type="date" required {...form.getInputProps('intakeDate')} />
        <Select
          label={LABELS.attachmentStyle}
          description="At intake; it can be re-assessed later"
          data={attachmentOptions}
          allowDeselect={false}
          {...form.getInputProps('attachmentStyle')}
        />
      </SimpleGrid>
      <Checkbox.Group label={LABELS.presentingPatterns} description="Select all that apply" {...form.getInputProps('presentingPatterns')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {PRESENTING_PATTERNS.map((pattern) => (
            <Checkbox key={pattern} value={pattern} label={PRESENTING_PATTERN_LABELS[pattern]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Fieldset legend="Questionnaires by email" variant="unstyled">
        <Stack gap="sm">
          <TextInput
            label={LABELS.email}
            description="Where scheduled questionnaire links are sent"
            type="email"
            maxLength={EMAIL_MAX_LENGTH}
            autoComplete="off"
            maw={420}
            {...form.getInputProps('email')}
          />
          {emailStoppedAt && !form.values.contactByEmail && (
            <Text size="sm" c="orange.9">
              The client turned off email on {formatInstant(emailStoppedAt)}, with the link in one of the emails. Turn it on again only if they ask
              you to.
            </Text>
          )}
          <Checkbox
            label={LABELS.contactByEmail}
            description="Ordinary email is not encrypted; the emails name the practice only, never a questionnaire or a score. Turning this on records today as the day the client agreed."
            {...form.getInputProps('contactByEmail', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
