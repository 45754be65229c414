import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PRESENTING_PATTERN_LABELS, RATING_MAX } from '@securebase/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { PageNotLoaded } from '../../../components/page-not-loaded';
import { hasCode } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-messages';
import { clientDisplayName } from '../../../lib/names';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { clientQuery } from '../../clients/api/get-client';
import { useColleagueName } from '../../clients/api/list-colleagues';
import { canAddAddendum, canEditSession } from '../../clients/client-access';
import { clientTabPath } from '../../clients/client-tabs';
import { goalListQuery } from '../../goals/api/list-goals';
import { useSession } from '../api/get-session';
import type { TherapySession } from '../api/session-types';
import { useSignSession } from '../api/sign-session';
import { useReviews } from '../../reviews/api/list-reviews';
import { ReviewActions } from '../../reviews/components/review-actions';
import { browserDraftStorage, draftKey, loadDraft } from '../session-draft';
import { ATTENDANCE_LABELS, intensityWords, sessionFacts, sessionTitle, signatureLine, signedMessage } from '../session-labels';
import { AddAddendumForm } from './add-addendum-form';
import { AddendaList } from './addenda-list';
import { ApproachBadge } from './approach-badge';
import { ReturnedComments } from './returned-comments';
import { AttendanceBadge, SessionStatusBadge } from './session-badges';
import { SignSessionModal } from './sign-session-modal';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

function SessionRecord({ session, goalTitles }: { session: TherapySession; goalTitles: Map<string, string> }) {
  const goalName = (id: string) => goalTitles.get(id) ?? 'A goal';
  const attended = session.attendance === 'attended';
  return (
    <>
      {attended ? (
        <Section title="Goal ratings">
          {session.goalRatings.length === 0 ? (
            <Empty>No goals were rated in this session.</Empty>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {session.goalRatings.map((r) => (
                <li key={r.goalId}>
                  <Group justify="space-between" wrap="nowrap" gap="md" align="baseline">
                    <Text size="sm">{goalName(r.goalId)}</Text>
                    <Text size="sm" fw={600} className="tabular-figures" style={{ whiteSpace: 'nowrap' }}>
                      {r.rating} / {RATING_MAX}
                    </Text>
                  </Group>
                  {r.comment && (
                    <Text size="sm" c="dimmed" className="sb-prewrap">
                      {r.comment}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </Section>
      ) : (
        <Paper withBorder p="lg">
          <Text size="sm">{ATTENDANCE_LABELS[session.attendance]}: this session holds no goal ratings or interventions.</Text>
        </Paper>
      )}

      <Section title="Patterns observed">
        {session.patterns.length === 0 ? (
          <Empty>None recorded.</Empty>
        ) : (
          <Group gap="xs">
            {session.patterns.map((p) => (
              <Badge key={p.pattern} variant="light" color="gray" radius="sm" tt="none" fw={500} c="gray.9">
                {PRESENTING_PATTERN_LABELS[p.pattern]} · {intensityWords(p.intensity)}
              </Badge>
            ))}
          </Group>
        )}
      </Section>

      {attended && (
        <Section title="Interventions">
          {session.interventions.length === 0 ? (
            <Empty>No interventions recorded.</Empty>
          ) : (
            <Stack gap="md">
              {session.interventions.map((n) => (
                <Stack key={n.id} gap={6} className="sb-addendum" style={{ borderLeftColor: 'var(--mantine-color-gray-3)' }}>
                  <Group gap="xs">
                    <ApproachBadge approach={n.approach} />
                    {n.techniques.map((t) => (
                      <Badge key={t} variant="light" color="gray" radius="sm" tt="none" fw={500} c="gray.8">
                        {t}
                      </Badge>
                    ))}
                  </Group>
                  {n.note ? (
                    <Text size="sm" className="sb-prewrap">
                      {n.note}
                    </Text>
                  ) : (
                    <Empty>No note text.</Empty>
                  )}
                  {n.goalIds.length > 0 && (
                    <Text size="xs" c="dimmed">
                      Goals targeted: {n.goalIds.map(goalName).join('; ')}
                    </Text>
                  )}
                </Stack>
              ))}
            </Stack>
          )}
        </Section>
      )}

      <Section title="Summary">{session.summary ? <Text className="sb-prewrap">{session.summary}</Text> : <Empty>No summary.</Empty>}</Section>
      <Section title="Plan">{session.plan ? <Text className="sb-prewrap">{session.plan}</Text> : <Empty>No plan.</Empty>}</Section>
    </>
  );
}

/** /sessions/:sessionId — read-only once signed; later changes are addenda. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const user = useSignedInUser();
  const session = useSession(sessionId);
  const clinicianName = useColleagueName();
  const clientId = session.data?.clientId ?? '';
  const client = useQuery({ ...clientQuery(clientId), enabled: Boolean(clientId) });
  const goals = useQuery({ ...goalListQuery(clientId), enabled: Boolean(clientId) });
  const signSession = useSignSession();
  // The session is in the caller's queue exactly when they are its author's supervisor and it waits.
  const reviews = useReviews(null, user.role === 'supervisor');
  const [confirmingSign, setConfirmingSign] = useState(false);
  const [signProblem, setSignProblem] = useState<string | null>(null);
  usePageTitle(session.data ? sessionTitle(session.data.startedAt) : 'Session');
  const goalTitles = useMemo(() => new Map((goals.data ?? []).map((g) => [g.id, g.title])), [goals.data]);
  const unsavedEdits = useMemo(
    () => Boolean(clientId) && loadDraft(browserDraftStorage(), draftKey(user.id, clientId, sessionId)) !== null,
    [clientId, sessionId, user.id],
  );

  const error = session.error ?? client.error;
  if (error) {
    return <PageNotLoaded error={error} onRetry={() => void session.refetch()} />;
  }
  if (!session.data || !client.data) return <PageLoader label="Loading the session…" />;

  const s = session.data;
  const editable = canEditSession(s, user.id);
  const mayAddAddendum = canAddAddendum(client.data, s, user.id);
  const reviewing = s.status === 'pending_cosign' && Boolean(reviews.data?.some((i) => i.session.id === s.id));

  const sign = () => {
    setSignProblem(null);
    signSession.mutate(
      { id: s.id, version: s.version },
      {
        onSuccess: (signed) => {
          setConfirmingSign(false);
          notifications.show({ color: 'indigo', message: signedMessage(signed.status) });
        },
        onError: (e) => {
          setConfirmingSign(false);
          // Changed or signed meanwhile: show the session as it is now.
          if (hasCode(e, 'stale_version', 'session_signed')) void session.refetch();
          setSignProblem(
            hasCode(e, 'stale_version')
              ? 'This session was changed by someone else. The latest version is shown; read it and sign again.'
              : describeError(e),
          );
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to={clientTabPath(s.clientId)} size="sm" className="no-print">
        ← {clientDisplayName(client.data)}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Title order={1} size="h2" className="tabular-figures">
            {sessionTitle(s.startedAt)}
          </Title>
          <Text size="sm">
            {sessionFacts(s)}
            {clinicianName(s.clinicianId) && ` · ${clinicianName(s.clinicianId)}`}
          </Text>
          <Group gap="xs">
            <SessionStatusBadge status={s.status} />
            <AttendanceBadge attendance={s.attendance} />
            <Text size="sm" c="dimmed">
              {signatureLine(s, user.id, clinicianName)}
            </Text>
          </Group>
        </Stack>
        {editable && (
          <Group gap="sm" className="no-print">
            <Button component={Link} to={`/sessions/${s.id}/edit`} variant="default">
              Edit draft
            </Button>
            <Button onClick={() => setConfirmingSign(true)}>Sign</Button>
          </Group>
        )}
      </Group>

      {reviewing && <ReviewActions session={s} authorName={clinicianName(s.clinicianId) ?? 'the author'} />}
      <ReturnedComments session={s} />

      {editable && unsavedEdits && (
        <Alert color="indigo" variant="light" title="Unsaved changes in this browser">
          You started editing this draft and did not save.{' '}
          <Anchor component={Link} to={`/sessions/${s.id}/edit`}>
            Continue editing
          </Anchor>{' '}
          to see them.
        </Alert>
      )}
      {signProblem && (
        <Alert color="red" variant="light" role="alert" title="The session was not signed">
          {signProblem}
        </Alert>
      )}

      <SessionRecord session={s} goalTitles={goalTitles} />

      {s.status === 'signed' && (
        <Section title="Addenda">
          {s.addenda.length === 0 ? <Empty>No addenda.</Empty> : <AddendaList addenda={s.addenda} />}
          {mayAddAddendum && <AddAddendumForm session={s} />}
        </Section>
      )}

      <SignSessionModal opened={confirmingSign} onClose={() => setConfirmingSign(false)} onConfirm={sign} busy={signSession.isPending} />
    </Stack>
  );
}
