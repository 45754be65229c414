import { Button } from '@mantine/core';
import { lazy, Suspense, useRef, useState } from 'react';
import type { ClientRecord } from '../../clients/api/get-client';

const loadDialog = () => import('./export-dialog');
const ExportDialog = lazy(() => loadDialog().then((m) => ({ default: m.ExportDialog })));

/**
 * The header's "Export" button and its dialog. The dialog's code loads on first use (or as soon as
 * the pointer or focus reaches the button), so the client page stays light.
 */
export function ExportAction({ client }: { client: ClientRecord }) {
  const [opened, setOpened] = useState(false);
  const [mounted, setMounted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpened(false);
    // The dialog returns focus itself once it has been open before; the first time it mounts
    // already open, so the button takes focus back here.
    setTimeout(() => {
      if (!document.activeElement || document.activeElement === document.body) button.current?.focus();
    }, 20);
  };

  return (
    <>
      <Button
        ref={button}
        variant="default"
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => {
          setMounted(true);
          setOpened(true);
        }}
        aria-haspopup="dialog"
      >
        Export
      </Button>
      {mounted && (
        <Suspense fallback={null}>
          <ExportDialog client={client} opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
