import { lazy } from 'react';
import { LazyDialogButton } from '../../../components/lazy-dialog-button';
import type { ClientRecord } from '../../clients/api/get-client';

const loadDialog = () => import('./send-questionnaire-dialog');
const SendQuestionnaireDialog = lazy(() => loadDialog().then((m) => ({ default: m.SendQuestionnaireDialog })));

/** The header's "Send questionnaire" button; the dialog (with the QR code library) loads on first use. */
export function SendQuestionnaireAction({ client }: { client: ClientRecord }) {
  return (
    <LazyDialogButton
      label="Send questionnaire"
      preload={loadDialog}
      dialog={({ opened, onClose }) => <SendQuestionnaireDialog client={client} opened={opened} onClose={onClose} />}
    />
  );
}
