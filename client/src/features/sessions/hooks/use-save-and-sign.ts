// The editor's Save draft and Sign: one save at a time, the draft kept in the browser until the
// record has it, and a refusal said where it belongs (save-session.ts holds the tested steps).
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../lib/error-messages';
import { useCreateSession } from '../api/create-session';
import { sessionQuery } from '../api/get-session';
import { sessionKeys } from '../api/session-keys';
import type { SessionBody, TherapySession } from '../api/session-types';
import { useSignSession } from '../api/sign-session';
import { useUpdateSession } from '../api/update-session';
import { refusalOf, saveSession, type SaveProblem, type SessionWrites } from '../save-session';
import type { SessionFormErrors } from '../session-form';
import { signedMessage } from '../session-labels';

interface SaveAndSignOptions {
  clientId: string;
  /** The draft being edited; absent for a new session. */
  session?: TherapySession;
  /** Validates the form: the body to send, or null when the form now marks what to correct. */
  check: () => SessionBody | null;
  /** Takes the clinician to the first field marked wrong. */
  focusFirstProblem: () => void;
  /** The version a save is checked against. */
  version: number | null;
  sameAsSaved: (body: SessionBody) => boolean;
  /** The record has the session now: the browser's draft can go. */
  onSaved: () => void;
  /** The server refused fields: mark them (the focus then goes to the first). */
  onFieldErrors: (errors: SessionFormErrors) => void;
}

export function useSaveAndSign(options: SaveAndSignOptions) {
  const { clientId, session, version, sameAsSaved, onSaved, onFieldErrors, focusFirstProblem } = options;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const createSession = useCreateSession(clientId);
  const updateSession = useUpdateSession(session?.id ?? '');
  const signSession = useSignSession();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [confirmingSign, setConfirmingSign] = useState(false);
  const [busy, setBusy] = useState(false);

  const writes: SessionWrites = {
    create: (body) => createSession.mutateAsync(body),
    update: (body) => updateSession.mutateAsync(body),
    sign: (id, signedVersion) => signSession.mutateAsync({ id, version: signedVersion }),
    latest: (id) => queryClient.fetchQuery({ ...sessionQuery(id), staleTime: 0 }),
  };

  const check = (): SessionBody | null => {
    const body = options.check();
    if (!body) {
      setProblem({ title: 'Some details need correcting', message: 'Please check the highlighted fields.' });
      focusFirstProblem();
    }
    return body;
  };

  /** Saves to the record (POST or PATCH), then signs if asked; the local draft goes once the server has it. */
  const save = async (andSign: boolean, overwriteVersion?: number) => {
    const body = check();
    if (!body || busy) return;
    setProblem(null);
    setBusy(true);
    const outcome = await saveSession(
      { body, session, andSign, checkedVersion: overwriteVersion ?? version, sameAsSaved: () => sameAsSaved(body) },
      writes,
    );
    if ('refused' in outcome) {
      setBusy(false);
      setConfirmingSign(false);
      const { problem: refused, fieldErrors } = await refusalOf(outcome.refused, { body, session, what: 'saved', latest: writes.latest });
      if (fieldErrors) onFieldErrors(fieldErrors);
      setProblem(refused);
      if (fieldErrors) focusFirstProblem();
      return;
    }
    onSaved();
    if (outcome.signing === null) {
      notifications.show({ color: 'indigo', message: 'Session saved as a draft.' });
    } else if (outcome.signing.signed) {
      const signed = queryClient.getQueryData<TherapySession>(sessionKeys.detail(outcome.saved.id));
      notifications.show({ color: 'indigo', message: signedMessage(signed?.status ?? 'signed') });
    } else {
      notifications.show({
        color: 'red',
        title: 'Saved as a draft, but not signed',
        message: describeError(outcome.signing.error),
        autoClose: false,
      });
    }
    setBusy(false);
    setConfirmingSign(false);
    void navigate(`/sessions/${outcome.saved.id}`);
  };

  /** Signing asks first, and only about a form that would be accepted. */
  const askToSign = () => {
    if (check()) setConfirmingSign(true);
  };

  return { save, askToSign, busy, problem, confirmingSign, setConfirmingSign };
}
