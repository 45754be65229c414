import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-messages';
import type { CurrentUser } from '../api/get-current-user';
import { useSignIn } from '../api/sign-in';
import { retryAfterMinutes, tooManyAttemptsMessage, WRONG_CREDENTIALS } from '../sign-in-messages';

function signInProblem(error: unknown): string {
  if (isApiError(error) && error.status === 401) return WRONG_CREDENTIALS;
  if (isApiError(error) && error.status === 429) return tooManyAttemptsMessage(retryAfterMinutes(error.retryAfter));
  return describeError(error);
}

export function SignInForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const signIn = useSignIn();
  const [problem, setProblem] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : 'Enter your email address'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          setProblem(signInProblem(error));
          form.setFieldValue('password', '');
          passwordRef.current?.focus();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          autoFocus
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          ref={passwordRef}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
