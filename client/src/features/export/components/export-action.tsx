import { lazy } from 'react';
import { LazyDialogButton } from '../../../components/lazy-dialog-button';
import type { ClientRecord } from '../../clients/api/get-client';

const loadDialog = () => import('./export-dialog');
const ExportDialog = lazy(() => loadDialog().then((m) => ({ default: m.ExportDialog })));

/** The header's "Export" button and its dialog, whose code loads on first use so the client page stays light. */
export function ExportAction({ client }: { client: ClientRecord }) {
  return (
    <LazyDialogButton
      label="Export"
      preload={loadDialog}
      dialog={({ opened, onClose }) => <ExportDialog client={client} opened={opened} onClose={onClose} />}
    />
  );
}
