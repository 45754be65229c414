import { Alert, Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../components/use-page-title';
import { homePathFor } from '../../../lib/roles';
import { currentUserKey, useCurrentUser } from '../api/get-current-user';
import { safeReturnTo, signInNotice } from '../return-to';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Arriving here after signing out or an expiry: whatever is cached belongs to a dead session.
  const sessionEnded = params.has('reason');
  const { data: user } = useCurrentUser();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const notice = signInNotice(params.get('reason'));

  // Drop the cached user and the clinical data that was on screen, so nothing lingers in this tab.
  useEffect(() => {
    if (!sessionEnded) return;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserKey[0] });
    queryClient.setQueryData(currentUserKey, null);
  }, [sessionEnded, queryClient]);

  if (user && !sessionEnded) return <Navigate to={returnTo === '/' ? homePathFor(user.role) : returnTo} replace />;

  return (
    <Center mih="100vh" p="md">
      <Box w="100%" maw={400}>
        <Stack gap={4} mb="lg" align="center">
          <Title order={1} size="h2">
            SecureBase
          </Title>
          <Text c="dimmed" size="sm">
            Progress dashboard for your practice
          </Text>
        </Stack>
        <Paper withBorder shadow="xs" p="xl" radius="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              Sign in
            </Title>
            {notice && (
              <Alert variant="light" color="indigo" role="status">
                {notice}
              </Alert>
            )}
            <SignInForm onSignedIn={(signedIn) => void navigate(returnTo === '/' ? homePathFor(signedIn.role) : returnTo, { replace: true })} />
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
