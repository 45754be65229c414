import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import type { CurrentUser } from '../api/get-current-user';
import { useSignIn } from '../api/sign-in';
import { signInProblem } from '../sign-in-messages';
import { FormProblem } from '../../../components/form-problem';

// Two fields need no form library; keeping one out of the first screen keeps it quick to load.
export function SignInForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const next = {
      email: email.trim() ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    };
    setMissing(next);
    if (next.email) return emailRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          setProblem(signInProblem(error));
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && <FormProblem problem={problem} />}
        <TextInput
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          autoFocus
          required
          ref={emailRef}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={missing.email}
        />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          ref={passwordRef}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={missing.password}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
