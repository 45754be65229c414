import {
  Alert,
  Anchor,
  Button,
  Group,
  Input,
  Kbd,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  ATTENDANCES,
  DURATION_MAX,
  DURATION_MIN,
  GOAL_DOMAIN_LABELS,
  MODALITIES,
  PRESENTING_PATTERNS,
  SETTINGS,
  TEXT_MAX_LENGTH,
  type Attendance,
  type Modality,
  type Setting,
} from '@securebase/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { hasCode } from '../../../lib/api-error';
import { describeError, MESSAGES } from '../../../lib/error-messages';
import { formatClockTime } from '../../../lib/local-time';
import { clientDisplayName } from '../../../lib/names';
import type { ClientRecord } from '../../clients/api/get-client';
import { clientTabPath } from '../../clients/client-tabs';
import type { Goal } from '../../goals/api/list-goals';
import { GOAL_STATUS_LABELS } from '../../goals/goal-rules';
import { useCreateSession } from '../api/create-session';
import { sessionQuery } from '../api/get-session';
import type { SessionBody, TherapySession } from '../api/session-types';
import { useSignSession } from '../api/sign-session';
import { useUpdateSession } from '../api/update-session';
import { RATING_KEYS_HELP } from '../rating-keys';
import {
  browserDraftStorage,
  clearDraft,
  differsFrom,
  draftKey,
  loadDraft,
  storeDraft,
  type StoredDraft,
} from '../session-draft';
import {
  INTERVENTIONS_MAX,
  isAttended,
  newIntervention,
  newSessionForm,
  RATING_COMMENT_MAX_LENGTH,
  interventionPath,
  patternPath,
  ratingPath,
  sameSessionBody,
  sessionErrorsFromDetails,
  sessionFormFromSession,
  toSessionBody,
  validateSessionForm,
  type InterventionValues,
  type RatingValues,
  type SessionFormValues,
} from '../session-form';
import { ATTENDANCE_LABELS, MODALITY_LABELS, SETTING_LABELS } from '../session-labels';
import { InterventionFields, type GoalOption } from './intervention-fields';
import { PatternsField } from './patterns-field';
import { RatingScale } from './rating-scale';
import { SignSessionModal } from './sign-session-modal';
import { DraftRestoredNotice } from '../../../components/draft-restored-notice';

const DRAFT_DELAY_MS = 400;
export const CONFLICT_MESSAGE = 'This session was changed by someone else; your text is kept below.';

const options = <T extends string>(codes: readonly T[], labels: Record<T, string>) =>
  codes.map((value) => ({ value, label: labels[value] }));
const modalityOptions = options(MODALITIES, MODALITY_LABELS);
const settingOptions = options(SETTINGS, SETTING_LABELS);
const attendanceOptions = options(ATTENDANCES, ATTENDANCE_LABELS);

interface Problem {
  title: string;
  message: string;
  other?: string[];
  /** After a 409 on a draft that is still a draft: the version now on the server. */
  overwriteVersion?: number | null;
  /** After a 409 because the session was signed meanwhile. */
  signedSince?: boolean;
}

function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

function ChoiceField<T extends string>({
  label,
  data,
  value,
  onChange,
}: {
  label: string;
  data: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <Input.Wrapper label={label} labelElement="div" id={id}>
      <div>
        <SegmentedControl<T> data={data} value={value} onChange={onChange} aria-labelledby={`${id}-label`} />
      </div>
    </Input.Wrapper>
  );
}

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
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const createSession = useCreateSession(client.id);
  const updateSession = useUpdateSession(session?.id ?? '');
  const signSession = useSignSession();

  const storage = useMemo(browserDraftStorage, []);
  const key = draftKey(userId, client.id, session?.id);
  // What the page starts from before anything is typed: the saved draft, or a new session.
  const [start] = useState<SessionFormValues>(() =>
    session ? sessionFormFromSession(session) : newSessionForm(new Date()),
  );
  const [restored] = useState<StoredDraft | null>(() => loadDraft(storage, key));
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [savedAt, setSavedAt] = useState<Date | null>(restored ? new Date(restored.savedAt) : null);
  const [storageRefused, setStorageRefused] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirmingSign, setConfirmingSign] = useState(false);
  const [busy, setBusy] = useState(false);
  const [focusIntervention, setFocusIntervention] = useState<string | null>(null);
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
  const finished = useRef(false);
  const pending = useRef<SessionFormValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const writeDraft = useCallback(
    (values: SessionFormValues) => {
      if (finished.current) return;
      if (!differsFrom(values, start)) {
        clearDraft(storage, key);
        setSavedAt(null);
        return;
      }
      const at = new Date();
      const ok = storeDraft(storage, key, { savedAt: at.toISOString(), baseVersion: versionRef.current, values });
      setStorageRefused(!ok);
      if (ok) setSavedAt(at);
    },
    [key, start, storage],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current) writeDraft(pending.current);
    pending.current = null;
  }, [writeDraft]);

  const form = useForm<SessionFormValues>({
    initialValues: restored?.values ?? start,
    validate: (values) => validateSessionForm(values, { now: new Date(), goals }),
    onValuesChange: (values) => {
      pending.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DRAFT_DELAY_MS);
    },
  });

  // Closing the tab, switching away or leaving the page: what was typed is written now.
  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const values = form.getValues();
  const attended = isAttended(values);

  const focusFirstProblem = () =>
    requestAnimationFrame(() => {
      container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });

  const checkForm = (): SessionBody | null => {
    const result = form.validate();
    if (result.hasErrors) {
      setProblem({ title: 'Some details need correcting', message: 'Please check the highlighted fields.' });
      focusFirstProblem();
      return null;
    }
    return toSessionBody(form.getValues(), goals);
  };

  const showFailure = async (error: unknown, body: SessionBody, what: string) => {
    if (hasCode(error, 'stale_version', 'session_signed') && session) {
      const latest = await queryClient.fetchQuery({ ...sessionQuery(session.id), staleTime: 0 }).catch(() => null);
      // The server says when the session was signed meanwhile; the refetch shows it either way.
      const signedSince = error.code === 'session_signed' || latest?.status === 'signed';
      setProblem({
        title: 'Changed by someone else',
        message: signedSince
          ? `${CONFLICT_MESSAGE} It has been signed since, so it can no longer be edited: copy what you need into an addendum on the signed session.`
          : `${CONFLICT_MESSAGE} Open the session in another tab to compare, then save your version if it should replace theirs.`,
        signedSince,
        overwriteVersion: signedSince ? null : (latest?.version ?? error.currentVersion),
      });
      return;
    }
    if (hasCode(error, 'validation_failed') && error.details.length > 0) {
      const { byField, other } = sessionErrorsFromDetails(error.details, body);
      form.setErrors(byField);
      setProblem({ title: `The session was not ${what}`, message: MESSAGES.invalid, other });
      focusFirstProblem();
      return;
    }
    setProblem({ title: `The session was not ${what}`, message: describeError(error) });
  };

  /** Whether the form still says what the saved draft says (then signing need not save first). */
  const sameAsSaved = (body: SessionBody) => {
    try {
      return sameSessionBody(body, toSessionBody(start, goals));
    } catch {
      return false;
    }
  };

  /** Saves to the record (POST or PATCH), then signs if asked; the local draft goes once the server has it. */
  const save = async (andSign: boolean, overwriteVersion?: number) => {
    const body = checkForm();
    if (!body || busy) return;
    setProblem(null);
    setBusy(true);
    const checkedVersion = overwriteVersion ?? version;
    let saved: TherapySession;
    try {
      if (!session) {
        saved = await createSession.mutateAsync(body);
      } else {
        const unchanged = andSign && checkedVersion === session.version && sameAsSaved(body);
        saved = unchanged ? session : await updateSession.mutateAsync({ ...body, version: checkedVersion ?? session.version });
      }
    } catch (error) {
      setBusy(false);
      setConfirmingSign(false);
      await showFailure(error, body, 'saved');
      return;
    }
    finished.current = true;
    if (timer.current) clearTimeout(timer.current);
    clearDraft(storage, key);
    if (andSign) {
      try {
        await signSession.mutateAsync({ id: saved.id, version: saved.version });
        notifications.show({ color: 'indigo', message: 'Session signed.' });
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'Saved as a draft, but not signed',
          message: describeError(error),
          autoClose: false,
        });
      }
    } else {
      notifications.show({ color: 'indigo', message: 'Session saved as a draft.' });
    }
    setBusy(false);
    setConfirmingSign(false);
    void navigate(`/sessions/${saved.id}`);
  };

  const askToSign = () => {
    if (checkForm()) setConfirmingSign(true);
  };

  // Also inside fields: the point is not having to Tab to the buttons. Signing still asks first.
  useHotkeys(
    [
      ['mod+S', () => void save(false)],
      ['mod+Enter', () => !busy && !confirmingSign && askToSign()],
    ],
    [],
  );

  const discardRestored = () => {
    clearDraft(storage, key);
    form.setValues(start);
    form.clearErrors();
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    setSavedAt(null);
    setShowRestored(false);
    setVersion(session?.version ?? null);
  };

  // Setting a whole list clears only the list's own error; the errors of its parts go too.
  const setRating = (goalId: string, next: RatingValues) => {
    form.setFieldValue('ratings', { ...form.getValues().ratings, [goalId]: next });
    form.clearFieldError(ratingPath(goalId));
    form.clearFieldError(ratingPath(goalId, 'comment'));
  };
  const setPatterns = (next: SessionFormValues['patterns']) => {
    form.setFieldValue('patterns', next);
    PRESENTING_PATTERNS.forEach((p) => form.clearFieldError(patternPath(p)));
  };
  const setInterventions = (next: InterventionValues[]) => {
    form.setFieldValue('interventions', next);
    for (let i = 0; i <= Math.max(next.length, values.interventions.length); i += 1) {
      for (const part of ['approach', 'techniques', 'note', 'goalIds'] as const) form.clearFieldError(interventionPath(i, part));
    }
  };
  const addIntervention = () => {
    const added = newIntervention();
    setFocusIntervention(added.key);
    setInterventions([...values.interventions, added]);
  };

  const name = clientDisplayName(client);
  const backTo = session ? `/sessions/${session.id}` : clientTabPath(client.id);
  const firstGoalId = attended ? activeGoals[0]?.id : undefined;
  const helpId = useId();

  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        title={session ? 'Edit draft session' : 'Log a session'}
        description={
          <>
            <Anchor component={Link} to={clientTabPath(client.id)} size="sm">
              {name}
            </Anchor>
            {' · '}Tab moves between fields; <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd> saves the draft;{' '}
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> signs (after asking).
          </>
        }
      />

      {showRestored && restored && <DraftRestoredNotice savedAt={restored.savedAt} onDiscard={discardRestored} />}

      {problem && (
        <Alert
          color={problem.overwriteVersion !== undefined || problem.signedSince ? 'yellow' : 'red'}
          variant="light"
          title={problem.title}
          role="alert"
          // Yellow's own title colour is too pale on its tint for WCAG AA.
          styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
        >
          <Stack gap="xs">
            <Text size="sm">{problem.message}</Text>
            {problem.other && problem.other.length > 0 && (
              <List size="sm">
                {problem.other.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
            {session && (problem.signedSince || typeof problem.overwriteVersion === 'number') && (
              <Group gap="sm">
                <Button component="a" href={`/sessions/${session.id}`} target="_blank" size="xs" variant="default">
                  Open the saved session in a new tab
                </Button>
                {typeof problem.overwriteVersion === 'number' && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      setVersion(problem.overwriteVersion as number);
                      void save(false, problem.overwriteVersion as number);
                    }}
                  >
                    Save my version over theirs
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      <form ref={container} noValidate onSubmit={(event) => event.preventDefault()}>
        <Stack gap="lg">
          <Section title="When and how">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Date and time"
                type="datetime-local"
                required
                autoFocus={!firstGoalId || Boolean(session)}
                {...form.getInputProps('startedAt')}
              />
              <NumberInput
                label="Duration (minutes)"
                required
                min={DURATION_MIN}
                max={DURATION_MAX}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                hideControls
                w={{ base: '100%', sm: 180 }}
                {...form.getInputProps('durationMinutes')}
              />
            </SimpleGrid>
            <Group gap="xl" align="flex-start" wrap="wrap">
              <ChoiceField<Modality>
                label="Modality"
                data={modalityOptions}
                value={values.modality}
                onChange={(v) => form.setFieldValue('modality', v)}
              />
              <ChoiceField<Setting>
                label="Setting"
                data={settingOptions}
                value={values.setting}
                onChange={(v) => form.setFieldValue('setting', v)}
              />
              <ChoiceField<Attendance>
                label="Attendance"
                data={attendanceOptions}
                value={values.attendance}
                onChange={(v) => form.setFieldValue('attendance', v)}
              />
            </Group>
          </Section>

          {attended ? (
            <Section title="Goal ratings" description={<span id={helpId}>{RATING_KEYS_HELP} Leave a goal unrated to skip it.</span>}>
              {activeGoals.length === 0 ? (
                <Text size="sm">
                  This client has no active goals to rate.{' '}
                  <Anchor component={Link} to={clientTabPath(client.id, 'goals')}>
                    Set goals on the client page
                  </Anchor>
                  .
                </Text>
              ) : (
                <Stack gap="md">
                  {activeGoals.map((goal) => {
                    const entry = values.ratings[goal.id] ?? { rating: null, comment: '' };
                    const ratingError = form.errors[ratingPath(goal.id)];
                    const commentError = form.errors[ratingPath(goal.id, 'comment')];
                    const setEntry = (next: Partial<RatingValues>) => setRating(goal.id, { ...entry, ...next });
                    return (
                      <div key={goal.id}>
                        <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4}>
                          {GOAL_DOMAIN_LABELS[goal.domain]}
                        </Text>
                        <Group justify="space-between" gap="xs" wrap="wrap" align="baseline">
                          <Text fw={500}>{goal.title}</Text>
                          <Text size="xs" c="dimmed" className="tabular-figures">
                            Baseline {goal.baseline}
                            {goal.latestRating !== null && ` · last ${goal.latestRating}`} · target {goal.target}
                          </Text>
                        </Group>
                        <Group gap="sm" mt={6} wrap="wrap" align="flex-start">
                          <RatingScale
                            value={entry.rating}
                            onChange={(rating) => setEntry({ rating })}
                            label={`Rating: ${goal.title}`}
                            describedBy={helpId}
                            invalid={Boolean(ratingError)}
                            target={goal.target}
                            autoFocus={goal.id === firstGoalId && !session}
                            dataPath={ratingPath(goal.id)}
                          />
                          <TextInput
                            aria-label={`Comment: ${goal.title}`}
                            placeholder="Comment (optional)"
                            value={entry.comment}
                            onChange={(event) => setEntry({ comment: event.currentTarget.value })}
                            maxLength={RATING_COMMENT_MAX_LENGTH}
                            error={commentError}
                            style={{ flex: 1, minWidth: 220 }}
                          />
                        </Group>
                        {ratingError && (
                          <Text size="xs" c="red.8" mt={4} role="alert">
                            {ratingError}
                          </Text>
                        )}
                      </div>
                    );
                  })}
                </Stack>
              )}
            </Section>
          ) : (
            <Paper withBorder p="lg">
              <Text size="sm">
                A {ATTENDANCE_LABELS[values.attendance].toLowerCase()} session holds no goal ratings or interventions.
                {(Object.values(values.ratings).some((r) => r.rating !== null) || values.interventions.length > 0) &&
                  ' What you typed for them stays in this draft but is not saved to the record unless the session is marked attended.'}
              </Text>
            </Paper>
          )}

          <Section
            title="Patterns observed"
            description="Tick what was observed this week and set its intensity from 0 to 3. On a ticked pattern, digits 0–3 set the intensity."
          >
            <PatternsField
              value={values.patterns}
              onChange={setPatterns}
              errors={form.errors}
            />
          </Section>

          {attended && (
            <Section title="Interventions" description="What you did, by approach. Each becomes a note on the client's Notes tab.">
              {values.interventions.map((intervention, index) => (
                <InterventionFields
                  key={intervention.key}
                  index={index}
                  value={intervention}
                  goalOptions={goalOptions}
                  errors={form.errors}
                  autoFocus={intervention.key === focusIntervention}
                  onChange={(next) => setInterventions(values.interventions.map((n, i) => (i === index ? next : n)))}
                  onRemove={() => setInterventions(values.interventions.filter((_, i) => i !== index))}
                />
              ))}
              {typeof form.errors.interventions === 'string' && (
                <Text size="sm" c="red.8" role="alert">
                  {form.errors.interventions}
                </Text>
              )}
              <Group>
                <Button
                  variant="default"
                  onClick={addIntervention}
                  disabled={values.interventions.length >= INTERVENTIONS_MAX}
                >
                  Add intervention
                </Button>
              </Group>
            </Section>
          )}

          <Section title="Summary and plan">
            <Textarea label="Summary" autosize minRows={3} maxLength={TEXT_MAX_LENGTH} {...form.getInputProps('summary')} />
            <Textarea label="Plan" autosize minRows={2} maxLength={TEXT_MAX_LENGTH} {...form.getInputProps('plan')} />
          </Section>
        </Stack>
      </form>

      <Paper className="sb-sticky-actions" p="sm" radius={0}>
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" c={storageRefused ? 'red.8' : 'dimmed'} aria-live="polite">
            {storageRefused
              ? 'This browser is not keeping a copy of the draft: save it to the record before leaving.'
              : savedAt
                ? `Draft saved ${formatClockTime(savedAt)}`
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

      <SignSessionModal
        opened={confirmingSign}
        onClose={() => setConfirmingSign(false)}
        onConfirm={() => void save(true)}
        busy={busy}
      />
    </Stack>
  );
}
