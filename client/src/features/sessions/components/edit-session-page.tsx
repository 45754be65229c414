import { Alert, Anchor, Button, Group, Stack, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { PageNotLoaded } from '../../../components/page-not-loaded';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { clientQuery } from '../../clients/api/get-client';
import { goalListQuery } from '../../goals/api/list-goals';
import { useSession } from '../api/get-session';
import { browserDraftStorage, clearDraft, draftKey, draftText, loadDraft } from '../session-draft';
import { SIGNING_WARNING } from '../session-labels';
import { ReturnedComments } from './returned-comments';
import { SessionEditor } from './session-editor';

/** A draft that was signed meanwhile: what was typed here is shown so it can go into an addendum. */
function SignedMeanwhile({ sessionId, storageKey, text, waiting }: { sessionId: string; storageKey: string; text: string; waiting: boolean }) {
  const [kept, setKept] = useState(text);
  return (
    <Stack maw={760}>
      <Alert
        color="yellow"
        variant="light"
        title={waiting ? 'This session is signed and waits for co-signature' : 'This session is signed'}
        role="alert"
      >
        {waiting ? 'It cannot be changed while it waits; your supervisor co-signs it or returns it to you.' : SIGNING_WARNING}
      </Alert>
      {kept && (
        <>
          <Textarea label="What you typed here before it was signed (not saved to the record)" value={kept} readOnly autosize minRows={4} />
          <Group>
            <Button
              variant="default"
              onClick={() => {
                clearDraft(browserDraftStorage(), storageKey);
                setKept('');
              }}
            >
              Forget this text
            </Button>
          </Group>
        </>
      )}
      <Anchor component={Link} to={`/sessions/${sessionId}`}>
        {waiting ? 'Open the session' : 'Open the signed session to add an addendum'}
      </Anchor>
    </Stack>
  );
}

/** /sessions/:sessionId/edit — a draft, by its own clinician. */
export function EditSessionPage() {
  const { sessionId = '' } = useParams();
  const user = useSignedInUser();
  const session = useSession(sessionId);
  const clientId = session.data?.clientId ?? '';
  const client = useQuery({ ...clientQuery(clientId), enabled: Boolean(clientId) });
  const goals = useQuery({ ...goalListQuery(clientId), enabled: Boolean(clientId) });
  usePageTitle('Edit draft session');
  const key = draftKey(user.id, clientId, sessionId);
  // Signing from this page makes the cached session signed just before leaving; that is not "signed meanwhile".
  const openedAsDraft = useRef<boolean | null>(null);
  if (session.data && openedAsDraft.current === null) openedAsDraft.current = session.data.status === 'draft';
  const leftover = useMemo(() => (clientId ? loadDraft(browserDraftStorage(), key) : null), [clientId, key]);

  const error = session.error ?? client.error ?? goals.error;
  if (error) {
    return <PageNotLoaded error={error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data || !client.data || !goals.data) return <PageLoader label="Opening the draft…" />;

  // Signed, or signed and waiting for co-signature: either way no longer a draft to edit.
  if (session.data.status !== 'draft' && !openedAsDraft.current) {
    return (
      <SignedMeanwhile
        sessionId={sessionId}
        storageKey={key}
        text={leftover ? draftText(leftover.values, goals.data) : ''}
        waiting={session.data.status === 'pending_cosign'}
      />
    );
  }
  if (session.data.clinicianId !== user.id) {
    return (
      <Stack maw={640}>
        <Alert color="gray" variant="light" title="Read only">
          Only the clinician who wrote this session can edit or sign it.
        </Alert>
        <Anchor component={Link} to={`/sessions/${sessionId}`}>
          Back to the session
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <ReturnedComments session={session.data} />
      <SessionEditor key={sessionId} client={client.data} goals={goals.data} session={session.data} userId={user.id} />
    </Stack>
  );
}
