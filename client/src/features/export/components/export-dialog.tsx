import { Alert, Button, Checkbox, Group, Modal, Radio, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useState } from 'react';
import { formatCalendarDate, localCalendarDate } from '../../../lib/dates';
import { clientDisplayName } from '../../../lib/names';
import type { ClientRecord } from '../../clients/api/get-client';
import { fetchSummary, saveFile } from '../api/download-summary';
import {
  checkExportRequest,
  defaultExportRequest,
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  exportErrorMessage,
  INCLUDE_NOTES_HELP,
  type ExportFormat,
  type ExportPeriod,
  type ExportRequest,
} from '../export-request';

interface ExportDialogProps {
  client: ClientRecord;
  opened: boolean;
  onClose: () => void;
}

/** Date range, format (with who each is for), note text off by default, and the download. */
export function ExportDialog({ client, opened, onClose }: ExportDialogProps) {
  const today = localCalendarDate();
  const [request, setRequest] = useState<ExportRequest>(() => defaultExportRequest(client.intakeDate, today));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const periodId = useId();
  const dateProblems = checkExportRequest(request);
  const change = (next: Partial<ExportRequest>) => {
    setProblem(null);
    setRequest((current) => ({ ...current, ...next }));
  };

  // A failure from an earlier opening is not this one's.
  useEffect(() => {
    if (opened) setProblem(null);
  }, [opened]);

  const download = async () => {
    if (busy || dateProblems.from || dateProblems.to) return;
    setBusy(true);
    setProblem(null);
    try {
      const file = await fetchSummary(client.id, request);
      saveFile(file);
      notifications.show({ color: 'indigo', message: `Downloaded ${file.fileName}` });
      onClose();
    } catch (error) {
      setProblem(exportErrorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Export ${clientDisplayName(client)}'s case summary`} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <Stack gap="lg">
          <Stack gap="xs">
            <Text size="sm" fw={500} id={`${periodId}-label`}>
              Period
            </Text>
            <div>
              <SegmentedControl<ExportPeriod>
                aria-labelledby={`${periodId}-label`}
                data={[
                  { value: 'all', label: 'Whole course' },
                  { value: 'range', label: 'Choose dates' },
                ]}
                value={request.period}
                onChange={(period) => change({ period })}
              />
            </div>
            {request.period === 'all' ? (
              <Text size="sm" c="dimmed">
                Everything from intake ({formatCalendarDate(client.intakeDate)}) to today.
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput
                  label="From"
                  type="date"
                  value={request.from}
                  max={today}
                  onChange={(event) => change({ from: event.currentTarget.value })}
                  error={dateProblems.from}
                  description="First day included"
                />
                <TextInput
                  label="To"
                  type="date"
                  value={request.to}
                  onChange={(event) => change({ to: event.currentTarget.value })}
                  error={dateProblems.to}
                  description="Last day included"
                />
              </SimpleGrid>
            )}
          </Stack>

          <Radio.Group label="Format" value={request.format} onChange={(value) => change({ format: value as ExportFormat })}>
            <Stack gap="sm" mt="xs">
              {EXPORT_FORMATS.map((format) => (
                <Radio
                  key={format}
                  value={format}
                  label={EXPORT_FORMAT_INFO[format].label}
                  description={EXPORT_FORMAT_INFO[format].description}
                  data-autofocus={format === request.format || undefined}
                />
              ))}
            </Stack>
          </Radio.Group>

          <Checkbox
            label="Include note text"
            description={INCLUDE_NOTES_HELP}
            checked={request.includeNotes}
            onChange={(event) => change({ includeNotes: event.currentTarget.checked })}
          />

          {problem && (
            <Alert color="red" variant="light" title="The summary was not downloaded" role="alert">
              <Text size="sm">{problem}</Text>
            </Alert>
          )}

          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="xs" c="dimmed">
              Every export is recorded in the audit trail.
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy} disabled={Boolean(dateProblems.from || dateProblems.to)}>
                Download
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
