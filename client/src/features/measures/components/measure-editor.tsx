import { Anchor, Button, Group, Kbd, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { INSTRUMENTS, previewMeasure, type InstrumentCode } from '@securebase/shared';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormProblem } from '../../../components/form-problem';
import { PageHeader } from '../../../components/page-header';
import { useLocalDraft } from '../../../components/use-local-draft';
import { hasCode } from '../../../lib/api-error';
import { formatInstant, localCalendarDate } from '../../../lib/dates';
import { describeError, MESSAGES } from '../../../lib/error-messages';
import { formatClockTime } from '../../../lib/local-time';
import { clientDisplayName } from '../../../lib/names';
import type { ClientRecord } from '../../clients/api/get-client';
import { clientTabPath } from '../../clients/client-tabs';
import { useSessionList } from '../../sessions/api/list-sessions';
import { SESSION_STATUS_LABELS } from '../../sessions/session-labels';
import { useCreateMeasure } from '../api/create-measure';
import { answerKeysHelp, rangeText } from '../answer-keys';
import { loadMeasureDraft, measureDraftKey, storeMeasureDraft, type StoredMeasureDraft } from '../measure-draft';
import {
  answersFor,
  hasTyped,
  itemErrorIndexes,
  measureErrorsFromDetails,
  newMeasureForm,
  toMeasureBody,
  validateMeasureForm,
  withAnswer,
  withPastedAnswers,
  type MeasureFormValues,
} from '../measure-form';
import { INSTRUMENT_OPTIONS, resultSentence } from '../measure-labels';
import { AnswerGrid, type AnswerGridHandle } from './answer-grid';
import { MeasurePreview } from './measure-preview';
import { SafetyNotice } from './safety-notice';
import '../measures.css';
import { DraftRestoredNotice } from '../../../components/draft-restored-notice';

interface Problem {
  title: string;
  message: string;
  other?: string[];
}

interface MeasureEditorProps {
  client: ClientRecord;
  userId: string;
}

/** Record questionnaire: pick it, date it, optionally link a session, then type the answers. */
export function MeasureEditor({ client, userId }: MeasureEditorProps) {
  const navigate = useNavigate();
  const createMeasure = useCreateMeasure(client.id);
  const sessions = useSessionList(client.id);
  const today = localCalendarDate();

  const [start] = useState<MeasureFormValues>(() => newMeasureForm(today));
  // Every change is kept at once (no delay): the draft is small, and a closed tab must lose nothing.
  // (The getter is read only when writing, after this render has declared `values`.)
  const draft = useLocalDraft<MeasureFormValues, StoredMeasureDraft>((): MeasureFormValues => values, {
    key: measureDraftKey(userId, client.id),
    load: (storage, key) => loadMeasureDraft(storage, key, today),
    store: (storage, key, kept, savedAt) => storeMeasureDraft(storage, key, { savedAt, values: kept }),
    worthKeeping: (kept) => hasTyped(kept, start),
  });
  const { restored, savedAt, storageRefused } = draft;
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [values, setValues] = useState<MeasureFormValues>(() => restored?.values ?? start);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [markBlanks, setMarkBlanks] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [hint, setHint] = useState('');
  const grid = useRef<AnswerGridHandle>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const helpId = useId();

  const instrument = values.instrument ? INSTRUMENTS[values.instrument] : null;
  const answers = values.instrument ? answersFor(values, values.instrument) : [];
  const preview = useMemo(() => (values.instrument ? previewMeasure(values.instrument, answersFor(values, values.instrument)) : null), [values]);

  // A restored draft carries on where it stopped: at its first blank item.
  useEffect(() => {
    const code = restored?.values.instrument;
    if (!code) return;
    const first = answersFor(restored.values, code).findIndex((a) => a === null);
    if (first !== -1) grid.current?.focusItem(first);
  }, [restored]);

  const { changed: draftChanged } = draft;
  useEffect(() => draftChanged(), [values, draftChanged]);

  const clearError = (...fields: string[]) =>
    setErrors((current) => {
      if (!fields.some((f) => f in current)) return current;
      const next = { ...current };
      fields.forEach((f) => delete next[f]);
      return next;
    });

  const setAnswer = useCallback((index: number, answer: number | null) => {
    setHint('');
    setValues((current) => withAnswer(current, index, answer));
    setErrors((current) => {
      const field = `responses[${index}]`;
      if (!(field in current) && !('responses' in current)) return current;
      const next = { ...current };
      delete next[field];
      delete next.responses;
      return next;
    });
  }, []);

  const pasteAnswers = useCallback((index: number, pasted: number[]) => {
    setHint('');
    setValues((current) => withPastedAnswers(current, index, pasted));
    setErrors({});
  }, []);

  const chooseInstrument = (code: InstrumentCode | null) => {
    setValues((current) => ({ ...current, instrument: code }));
    setErrors({});
    setMarkBlanks(false);
    setProblem(null);
    // The items come next: go straight to the first blank one (the description says so).
    if (code) {
      const first = answersFor(values, code).findIndex((a) => a === null);
      // Not when an item has the focus already: a fast typist's digits would start again at the first item.
      setTimeout(() => {
        if (!grid.current?.hasFocus()) grid.current?.focusItem(first === -1 ? 0 : first);
      }, 0);
    }
  };

  const focusFirstProblem = (found: Record<string, string>) =>
    requestAnimationFrame(() => {
      const items = itemErrorIndexes(found);
      if (found.instrument) document.getElementById(`${helpId}-instrument`)?.focus();
      else if (found.administeredOn) document.getElementById(`${helpId}-date`)?.focus();
      else if (found.sessionId) document.getElementById(`${helpId}-session`)?.focus();
      else if (items.length > 0) grid.current?.focusItem(items[0]);
    });

  const save = async () => {
    if (createMeasure.isPending) return;
    const found = validateMeasureForm(values, localCalendarDate());
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setMarkBlanks(true);
      setProblem({
        title: 'Not saved yet',
        message: found.responses ?? 'Please check the highlighted fields.',
      });
      focusFirstProblem(found);
      return;
    }
    const body = toMeasureBody(values);
    setProblem(null);
    try {
      const saved = await createMeasure.mutateAsync(body);
      draft.finish();
      const def = INSTRUMENTS[body.instrument];
      notifications.show({
        color: 'indigo',
        message: `${def.name} recorded: ${resultSentence(def, { scores: saved.scores, band: saved.band ?? undefined })}`,
      });
      void navigate(clientTabPath(client.id, 'questionnaires'));
    } catch (error) {
      if (hasCode(error, 'validation_failed') && error.details.length > 0) {
        const { byField, other } = measureErrorsFromDetails(error.details);
        setErrors(byField);
        setMarkBlanks(true);
        setProblem({ title: 'The questionnaire was not saved', message: MESSAGES.invalid, other });
        focusFirstProblem(byField);
        return;
      }
      setProblem({ title: 'The questionnaire was not saved', message: describeError(error, 'client') });
    }
  };

  useHotkeys(
    [
      ['mod+S', () => void save()],
      ['mod+Enter', () => void save()],
    ],
    [],
  );

  const discardRestored = () => {
    draft.discard();
    setValues(start);
    setErrors({});
    setMarkBlanks(false);
    setProblem(null);
    setShowRestored(false);
  };

  const recentSessions = (sessions.data?.pages[0]?.items ?? []).map((s) => ({
    value: s.id,
    label: `${formatInstant(s.startedAt)} · ${SESSION_STATUS_LABELS[s.status]}`,
  }));
  const name = clientDisplayName(client);
  const gridProblem = errors.responses ?? null;

  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        title="Record questionnaire"
        description={
          <>
            <Anchor component={Link} to={clientTabPath(client.id, 'questionnaires')} size="sm">
              {name}
            </Anchor>
            {' · '}Answers as the client gave them; reversed items are scored by SecureBase. <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd> saves.
          </>
        }
      />

      {showRestored && restored && <DraftRestoredNotice savedAt={restored.savedAt} onDiscard={discardRestored} />}

      {problem && <FormProblem problem={{ message: problem.message, other: problem.other ?? [] }} title={problem.title} />}

      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <Stack gap="lg">
          <Paper withBorder p="lg" component="section" aria-label="Questionnaire, date and session">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Select
                id={`${helpId}-instrument`}
                label="Questionnaire"
                description="Choosing it moves the cursor to item 1"
                placeholder="Choose…"
                data={INSTRUMENT_OPTIONS}
                value={values.instrument}
                onChange={(code) => chooseInstrument(code as InstrumentCode | null)}
                searchable
                selectFirstOptionOnChange
                allowDeselect={false}
                required
                error={errors.instrument}
                autoFocus={!values.instrument}
                comboboxProps={{ width: 340, position: 'bottom-start' }}
              />
              <TextInput
                id={`${helpId}-date`}
                label="Administered on"
                description="The day the client filled it in"
                type="date"
                required
                max={today}
                value={values.administeredOn}
                onChange={(event) => {
                  const administeredOn = event.currentTarget.value;
                  setValues((current) => ({ ...current, administeredOn }));
                  clearError('administeredOn');
                }}
                error={errors.administeredOn}
              />
              <Select
                id={`${helpId}-session`}
                label="Session (optional)"
                description="Link it to the session it was given in"
                placeholder={sessions.isPending ? 'Loading sessions…' : recentSessions.length ? 'Not linked' : 'No sessions yet'}
                data={recentSessions}
                value={values.sessionId}
                onChange={(sessionId) => {
                  setValues((current) => ({ ...current, sessionId }));
                  clearError('sessionId');
                }}
                clearable
                searchable
                nothingFoundMessage="No session matches"
                error={errors.sessionId}
              />
            </SimpleGrid>
          </Paper>

          {instrument && preview ? (
            <Paper withBorder p="lg" component="section" aria-labelledby={`${helpId}-items`}>
              <Stack gap="sm">
                <div>
                  <Title order={2} size="h4" id={`${helpId}-items`}>
                    {instrument.name} — {instrument.measures.toLowerCase()}, {instrument.itemCount} items, answers {rangeText(instrument)}
                  </Title>
                  <Text size="sm" c="dimmed" mt={2} id={helpId}>
                    {answerKeysHelp(instrument)}
                  </Text>
                </div>
                {gridProblem && (
                  <Text size="sm" c="red.8">
                    {gridProblem}
                  </Text>
                )}
                <AnswerGrid
                  handle={grid}
                  instrument={instrument}
                  answers={answers}
                  errors={errors}
                  markBlanks={markBlanks}
                  onAnswer={setAnswer}
                  onPaste={pasteAnswers}
                  onComplete={() => saveButton.current?.focus()}
                  onReject={setHint}
                  describedBy={helpId}
                />
              </Stack>
            </Paper>
          ) : (
            <Paper withBorder p="lg">
              <Text size="sm">Choose the questionnaire to see its items.</Text>
            </Paper>
          )}
        </Stack>
      </form>

      <Paper className="sb-sticky-actions" p="sm" radius={0}>
        <Stack gap="xs">
          {instrument && preview && <SafetyNotice instrument={instrument} flags={preview.flags} />}
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Stack gap={2}>
              {instrument && preview ? (
                <MeasurePreview instrument={instrument} preview={preview} />
              ) : (
                <Text size="sm" c="dimmed">
                  No questionnaire chosen
                </Text>
              )}
              <Text size="xs" c={storageRefused || hint ? 'red.8' : 'dimmed'} aria-live="polite">
                {hint ||
                  (storageRefused
                    ? 'This browser is not keeping a copy of the draft: save it to the record before leaving.'
                    : savedAt
                      ? `Draft kept in this browser ${formatClockTime(savedAt)}`
                      : '')}
              </Text>
            </Stack>
            <Group gap="sm">
              <Button component={Link} to={clientTabPath(client.id, 'questionnaires')} variant="subtle" color="gray">
                Cancel
              </Button>
              <Button ref={saveButton} onClick={() => void save()} loading={createMeasure.isPending}>
                Save
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
