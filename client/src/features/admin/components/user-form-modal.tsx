import { Modal, PasswordInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@securebase/shared';
import { useEffect, useState } from 'react';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { describeError } from '../../../lib/error-messages';
import { EMAIL_MAX_LENGTH } from '../../../lib/email';
import { ROLE_LABELS } from '../../../lib/roles';
import { useCreateUser } from '../api/create-user';
import type { PracticeUser } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';
import {
  emptyUserForm,
  toNewUser,
  USER_FIELD_LABELS as LABELS,
  USER_FIELDS,
  userChanges,
  userFieldProblemsFrom,
  validateUserForm,
  type UserFormValues,
} from '../user-rules';
import { FormProblem } from '../../../components/form-problem';
import { FormActions } from '../../../components/form-actions';

interface UserFormModalProps {
  opened: boolean;
  /** The account to change; null to create one. */
  user: PracticeUser | null;
  users: PracticeUser[];
  onClose: () => void;
}

const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function UserFormModal({ opened, user, users, onClose }: UserFormModalProps) {
  const isNew = user === null;
  const createUser = useCreateUser();
  const updateUser = useUpdateUser();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<UserFormValues>({
    initialValues: emptyUserForm(),
    validate: (values) => validateUserForm(values, { isNew }),
  });

  // Fill the form each time the dialog opens, for the account it opens on. useForm returns a new
  // object every render, but these three methods are stable (memoised by Mantine), so depending on
  // them rather than on `form` keeps the effect to opening and switching accounts; depending on
  // `form` would refill the form, wiping what the admin typed, on every keystroke.
  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!opened) return;
    setProblem(null);
    const values = user
      ? {
          ...emptyUserForm(),
          displayName: user.displayName,
          role: user.role,
          supervisorId: user.supervisorId ?? '',
          requiresCosign: user.requiresCosign,
        }
      : emptyUserForm();
    setValues(values);
    resetDirty(values);
    clearErrors();
  }, [opened, user, setValues, resetDirty, clearErrors]);

  const supervisors = users
    .filter((u) => u.role === 'supervisor' && u.active && u.id !== user?.id)
    .map((u) => ({ value: u.id, label: u.displayName }));

  const onError = (error: unknown) => {
    const byField = userFieldProblemsFrom(error);
    if (Object.keys(byField).length > 0) {
      form.setErrors(byField);
      setProblem(null);
      return;
    }
    const { other } = showServerFieldErrors(form, error, USER_FIELDS, LABELS);
    setProblem([describeError(error, 'user'), ...other].join(' '));
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    if (isNew) {
      createUser.mutate(toNewUser(values), {
        onSuccess: (created) => {
          notifications.show({ color: 'indigo', message: `Account created for ${created.displayName}.` });
          onClose();
        },
        onError,
      });
      return;
    }
    const body = userChanges(user, values);
    if (Object.keys(body).length === 0) return onClose();
    updateUser.mutate(
      { id: user.id, body },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'indigo', message: `${saved.displayName}'s account was saved.` });
          onClose();
        },
        onError,
      },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={isNew ? 'New user' : `Edit ${user.displayName}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && <FormProblem problem={problem} />}
          {isNew && (
            <TextInput
              label={LABELS.email}
              type="email"
              required
              maxLength={EMAIL_MAX_LENGTH}
              autoComplete="off"
              data-autofocus
              {...form.getInputProps('email')}
            />
          )}
          <TextInput label={LABELS.displayName} required maxLength={NAME_MAX_LENGTH} autoComplete="off" {...form.getInputProps('displayName')} />
          <Select
            label={LABELS.role}
            data={roleOptions}
            allowDeselect={false}
            required
            {...form.getInputProps('role')}
            onChange={(role) => form.setFieldValue('role', role as Role)}
          />
          {form.values.role === 'clinician' && (
            <Select
              label={LABELS.supervisorId}
              description="Their supervisor can read (never edit) their clients' records"
              placeholder={supervisors.length ? 'No supervisor' : 'No supervisors in the practice yet'}
              data={supervisors}
              clearable
              {...form.getInputProps('supervisorId')}
              value={form.values.supervisorId || null}
              onChange={(id) => form.setFieldValue('supervisorId', id ?? '')}
            />
          )}
          {!isNew && form.values.role === 'clinician' && (
            <Switch
              label={LABELS.requiresCosign}
              description={
                form.values.supervisorId
                  ? 'Signed sessions wait in the supervisor\u2019s review queue until co-signed. Sessions signed before stay as they are.'
                  : 'Choose a supervisor first: someone has to co-sign.'
              }
              disabled={!form.values.supervisorId}
              checked={form.values.requiresCosign && Boolean(form.values.supervisorId)}
              onChange={(e) => form.setFieldValue('requiresCosign', e.currentTarget.checked)}
              error={form.errors.requiresCosign}
            />
          )}
          <PasswordInput
            label={isNew ? LABELS.password : 'New password'}
            description={
              isNew
                ? `At least ${PASSWORD_MIN_LENGTH} characters, not a commonly used password`
                : `Leave empty to keep the current password. At least ${PASSWORD_MIN_LENGTH} characters.`
            }
            required={isNew}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <FormActions
            submitLabel={isNew ? 'Create account' : 'Save changes'}
            onCancel={onClose}
            saving={createUser.isPending || updateUser.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
