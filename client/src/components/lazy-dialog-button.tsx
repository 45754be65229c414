import { Button } from '@mantine/core';
import { Suspense, useRef, useState, type ReactNode } from 'react';

interface LazyDialogButtonProps {
  label: string;
  /** Starts loading the dialog's code: called as soon as the pointer or focus reaches the button. */
  preload: () => unknown;
  /** The dialog, a React.lazy component; drawn from the first press on, so its code is not on the page before. */
  dialog: (state: { opened: boolean; onClose: () => void }) => ReactNode;
}

/** A header button that opens a dialog whose code loads on first use, so the page it sits on stays light. */
export function LazyDialogButton({ label, preload, dialog }: LazyDialogButtonProps) {
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
        onPointerEnter={() => void preload()}
        onFocus={() => void preload()}
        onClick={() => {
          setMounted(true);
          setOpened(true);
        }}
        aria-haspopup="dialog"
      >
        {label}
      </Button>
      {mounted && <Suspense fallback={null}>{dialog({ opened, onClose: close })}</Suspense>}
    </>
  );
}
