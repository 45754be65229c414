import { Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';

const QuestionnairesTab = lazy(() => import('./questionnaires-tab').then((m) => ({ default: m.QuestionnairesTab })));

/** The Questionnaires tab, loaded when first opened so the client page stays light. */
export function QuestionnairesTabLoader({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  return (
    <Suspense
      fallback={
        <Stack gap="sm" aria-busy="true" aria-label="Loading questionnaires">
          <Skeleton height={160} radius="md" />
        </Stack>
      }
    >
      <QuestionnairesTab clientId={clientId} canWrite={canWrite} />
    </Suspense>
  );
}
