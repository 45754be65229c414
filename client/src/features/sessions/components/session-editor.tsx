import { Anchor, Button, Group, Kbd, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { PRESENTING_PATTERNS, TEXT_MAX_LENGTH } from '@securebase/shared';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { DraftRestoredNotice } from '../../../components/draft-restored-notice';
import { PageHeader } from '../../../components/page-header';
import { useLocalDraft } from '../../../components/use-local-draft';
import { formatClockTime } from '../../../lib/local-time';
import { clientDisplayName } from '../../../lib/names';
import type { ClientRecord } from '../../clients/api/get-client';
import { clientTabPath } from '../../clients/client-tabs';
import type { Goal } from '../../goals/api/list-goals';
import { GOAL_STATUS_LABELS } from '../../goals/goal-rules';
import type { TherapySession } from '../api/session-types';
import { useSaveAndSign } from '../hooks/use-save-and-sign';
import { differsFrom, draftKey, loadDraft, storeDraft, type StoredDraft } from '../session-draft';
import {
  isAttended,
  newSessionForm,
  patternPath,
  sameSessionBody,
  sessionFormFromSession,
  toSessionBody,
  validateSessionForm,
  type SessionFormValues,
} from '../session-form';
import { ATTENDANCE_LABELS } from '../session-labels';
import { EditorSection } from './editor-section';
import { GoalRatingsSection } from './goal-ratings-section';
import type { GoalOption } from './intervention-fields';
import { InterventionsSection } from './interventions-section';
import { PatternsField } from './patterns-field';
import { SaveProblemAlert } from './save-problem-alert';
import { SignSessionModal } from './sign-session-modal';
import { WhenAndHowSection } from './when-and-how-section';

/** Typing pauses this long before the draft is written to the browser (and on leaving, at once). */
const DRAFT_DELAY_MS = 400;

interface SessionEditorProps {
  client: ClientRecord;
  /** All the client's goals; only active ones are rated. */
  goals: readonly Goal[];
  /** The draft being edited; absent for a new session. */
  session?: TherapySession;
  userId: string;
}

/** Log a session (the most used screen): one page, top to bottom in tab order, keyboard first. */
export function SessionEditor({ client, goals, session, userId }: SessionEditorProps) {
  // What the page starts from before anything is typed: the saved draft, or a new session.
  const [start] = useState<SessionFormValues>(() => (session ? sessionFormFromSession(session) : newSessionForm(new Date())));
  // The getters below are read only when writing, after this render has declared `form` and `versionRef`.
  const draft = useLocalDraft<SessionFormValues, StoredDraft>((): SessionFormValues => form.getValues(), {
    key: draftKey(userId, client.id, session?.id),
    load: (storage, key) => loadDraft(storage, key),
    store: (storage, key, values, savedAt): boolean => storeDraft(storage, key, { savedAt, baseVersion: versionRef.current, values }),
    worthKeeping: (values) => differsFrom(values, start),
    delayMs: DRAFT_DELAY_MS,
  });
  const { restored } = draft;
  const [showRestored, setShowRestored] = useState(restored !== null);
  // The version a save is checked against: where the restored draft (or this page) started.
  const [version, setVersion] = useState<number | null>(session ? (restored?.baseVersion ?? session.version) : null);
  const versionRef = useRef(version);
  versionRef.current = version;

  const activeGoals = useMemo(() => goals.filter((g) => g.status === 'active'), [goals]);
  const goalOptions: GoalOption[] = useMemo(
    () =>
      [...activeGoals, ...goals.filter((g) => g.status !== 'active')].map((g) => ({
        value: g.id,
        label: g.status === 'active' ? g.title : `${g.title} (${GOAL_STATUS_LABELS[g.status].toLowerCase()})`,
      })),
    [goals, activeGoals],
  );

  const container = useRef<HTMLFormElement>(null);

  const form = useForm<SessionFormValues>({
    initialValues: restored?.values ?? start,
    validate: (values) => validateSessionForm(values, { now: new Date(), goals }),
    onValuesChange: () => draft.changed(),
  });

  const values = form.getValues();
  const attended = isAttended(values);

  const focusFirstProblem = () =>
    requestAnimationFrame(() => {
      container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });

  const { save, askToSign, busy, problem, confirmingSign, setConfirmingSign } = useSaveAndSign({
    clientId: client.id,
    session,
    version,
    check: () => (form.validate().hasErrors ? null : toSessionBody(form.getValues(), goals)),
    focusFirstProblem,
    sameAsSaved: (body) => {
      try {
        return sameSessionBody(body, toSessionBody(start, goals));
      } catch {
        return false;
      }
    },
    onSaved: draft.finish,
    onFieldErrors: (errors) => form.setErrors(errors),
  });

  // Also inside fields: the point is not having to Tab to the buttons. Signing still asks first.
  useHotkeys(
    [
      ['mod+S', () => void save(false)],
      ['mod+Enter', () => !busy && !confirmingSign && askToSign()],
    ],
    [],
  );

  const discardRestored = () => {
    form.setValues(start);
    form.clearErrors();
    // After setValues, which noted a change: nothing of it is written.
    draft.discard();
    setShowRestored(false);
    setVersion(session?.version ?? null);
  };

  const setPatterns = (next: SessionFormValues['patterns']) => {
    form.setFieldValue('patterns', next);
    PRESENTING_PATTERNS.forEach((p) => form.clearFieldError(patternPath(p)));
  };

  const name = clientDisplayName(client);
  const backTo = session ? `/sessions/${session.id}` : clientTabPath(client.id);
  const firstGoalId = attended ? activeGoals[0]?.id : undefined;

  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        title={session ? 'Edit draft session' : 'Log a session'}
        description={
          <>
            <Anchor component={Link} to={clientTabPath(client.id)} size="sm">
              {name}
            </Anchor>
            {' · '}Tab moves between fields; <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd> saves the draft; <Kbd size="xs">Ctrl</Kbd> +{' '}
            <Kbd size="xs">Enter</Kbd> signs (after asking).
          </>
        }
      />

      {showRestored && restored && <DraftRestoredNotice savedAt={restored.savedAt} onDiscard={discardRestored} />}

      {problem && (
        <SaveProblemAlert
          problem={problem}
          sessionId={session?.id}
          onOverwrite={(overwriteVersion) => {
            setVersion(overwriteVersion);
            void save(false, overwriteVersion);
          }}
        />
      )}

      <form ref={container} noValidate onSubmit={(event) => event.preventDefault()}>
        <Stack gap="lg">
          <WhenAndHowSection form={form} autoFocus={!firstGoalId || Boolean(session)} />

          {attended ? (
            <GoalRatingsSection form={form} clientId={client.id} activeGoals={activeGoals} autoFocusGoalId={session ? undefined : firstGoalId} />
          ) : (
            <Paper withBorder p="lg">
              <Text size="sm">
                A {ATTENDANCE_LABELS[values.attendance].toLowerCase()} session holds no goal ratings or interventions.
                {(Object.values(values.ratings).some((r) => r.rating !== null) || values.interventions.length > 0) &&
                  ' What you typed for them stays in this draft but is not saved to the record unless the session is marked attended.'}
              </Text>
            </Paper>
          )}

          <EditorSection
            title="Patterns observed"
            description="Tick what was observed this week and set its intensity from 0 to 3. On a ticked pattern, digits 0–3 set the intensity."
          >
            <PatternsField value={values.patterns} onChange={setPatterns} errors={form.errors} />
          </EditorSection>

          {attended && <InterventionsSection form={form} goalOptions={goalOptions} />}

          <EditorSection title="Summary and plan">
            <Textarea label="Summary" autosize minRows={3} maxLength={TEXT_MAX_LENGTH} {...form.getInputProps('summary')} />
            <Textarea label="Plan" autosize minRows={2} maxLength={TEXT_MAX_LENGTH} {...form.getInputProps('plan')} />
          </EditorSection>
        </Stack>
      </form>

      <Paper className="sb-sticky-actions" p="sm" radius={0}>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" c={draft.storageRefused ? 'red.8' : 'dimmed'} aria-live="polite">
            {draft.storageRefused
              ? 'This browser is not keeping a copy of the draft: save it to the record before leaving.'
              : draft.savedAt
                ? `Draft saved ${formatClockTime(draft.savedAt)}`
                : session
                  ? 'No unsaved changes'
                  : 'Nothing typed yet'}
          </Text>
          <Group gap="sm">
            <Button component={Link} to={backTo} variant="subtle" color="gray">
              Cancel
            </Button>
            <Button variant="default" onClick={() => void save(false)} loading={busy && !confirmingSign}>
              Save draft
            </Button>
            <Button onClick={askToSign} disabled={busy && !confirmingSign}>
              Sign
            </Button>
          </Group>
        </Group>
      </Paper>

      <SignSessionModal opened={confirmingSign} onClose={() => setConfirmingSign(false)} onConfirm={() => void save(true)} busy={busy} />
    </Stack>
  );
}
