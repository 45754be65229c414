import { Alert, Button, CopyButton, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { toDataURL } from 'qrcode';
import { useEffect, useState } from 'react';
import { formatInstant } from '../../../lib/dates';
import { signOut } from '../../auth/api/sign-out';
import type { SentInvitation } from '../api/create-invitation';
import { instrumentNames } from '../invitation-rules';

interface InvitationLinkProps {
  invitation: SentInvitation;
  clientName: string;
  onDone: () => void;
  /** A link sent by hand is shown this once; a scheduled one is kept sealed for its email and can be shown again. */
  shownOnce?: boolean;
}

/** The link: copy it, let the client scan it, or hand over this device. */
export function InvitationLink({ invitation, clientName, onDone, shownOnce = true }: InvitationLinkProps) {
  const [qr, setQr] = useState<string | null>(null);
  const [handingOver, setHandingOver] = useState(false);

  useEffect(() => {
    let live = true;
    // Drawn here in the browser: the link never goes to a QR service.
    toDataURL(invitation.url, { errorCorrectionLevel: 'M', margin: 2, width: 232, color: { dark: '#000000', light: '#ffffff' } })
      .then((url) => live && setQr(url))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [invitation.url]);

  const startHere = async () => {
    setHandingOver(true);
    // The client must not land in a signed-in clinician's browser: sign out first, whatever the answer.
    await signOut().catch(() => undefined);
    window.location.assign(invitation.url);
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        {instrumentNames(invitation.instruments)}
        {invitation.includeGoals ? ' and goal ratings' : ''}. The link works until {formatInstant(invitation.expiresAt)}, once.
      </Text>
      <Alert color="indigo" variant="light">
        <Text size="sm">
          {shownOnce
            ? `This link is shown only now. Copy it or let ${clientName} scan the code before you close this window.`
            : `Anyone with this link and ${clientName}’s date of birth can answer: give it to ${clientName} only.`}
        </Text>
      </Alert>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput label="Link" value={invitation.url} readOnly onFocus={(event) => event.currentTarget.select()} style={{ flex: 1 }} />
        <CopyButton value={invitation.url}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'filled'} onClick={copy} aria-live="polite">
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="center">
        {qr ? (
          <Image src={qr} w={232} h={232} alt={`QR code: scan it with ${clientName}’s phone camera to open the link`} />
        ) : (
          <Text size="sm" c="dimmed">
            Drawing the QR code…
          </Text>
        )}
      </Group>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Button variant="default" loading={handingOver} onClick={() => void startHere()}>
          Start on this device
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
      <Text size="xs" c="dimmed">
        “Start on this device” signs you out first, then opens the questionnaire here for {clientName}.
      </Text>
    </Stack>
  );
}
