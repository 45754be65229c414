import { Anchor, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { PageNotLoaded } from '../../../components/page-not-loaded';
import { useAfterFirstPaint } from '../../../components/use-after-first-paint';
import { clientDisplayName } from '../../../lib/names';
import { SafetyAlertBanner } from '../../alerts/components/safety-alert-banner';
import { useSignedInUser } from '../../auth/api/get-current-user';
import { useGoals } from '../../goals/api/list-goals';
import { AddGoalModal } from '../../goals/components/add-goal-modal';
import { GoalsTab } from '../../goals/components/goals-tab';
import { InvitationsCard } from '../../invitations/components/invitations-card';
import { QuestionnaireScheduleCard } from '../../measure-plans/components/questionnaire-schedule-card';
import { QuestionnairesTabLoader } from '../../measures/components/questionnaires-panel';
import { progressQuery } from '../../progress/api/get-progress';
import { instrumentsQuery } from '../../progress/api/list-instruments';
import { hasProgressData } from '../../progress/progress-data';
import { prepQuery } from '../../prep/api/get-prep';
import { NewResultsBadge } from '../../prep/components/new-results-badge';
import { PrepPanel } from '../../prep/components/prep-panel';
import { NotesTab } from '../../sessions/components/notes-tab';
import { SessionsTab } from '../../sessions/components/sessions-tab';
import { useClient, type ClientRecord } from '../api/get-client';
import { isOnCareTeam } from '../client-access';
import { CLIENT_TABS, clientTabSearch, parseClientTab, type ClientTab } from '../client-tabs';
import { ClientDetailsCard } from './client-details-card';
import { ClientHeader } from './client-header';
import { DischargeClientModal } from './discharge-client-modal';
import { EditClientDetails } from './edit-client-details';
import { overviewTabChunk } from './overview-tab-chunk';

// Charts (Recharts) load only when the Overview opens, so the rest of the record stays light. Once the chunk
// has come (started with the page, below, or by app/route-preload.ts) the tab renders without suspending:
// React's plain lazy() suspended every time and held "Loading the charts…" for its reveal throttle.
const OverviewTab = overviewTabChunk.lazy((m) => m.OverviewTab);

interface TabProps {
  client: ClientRecord;
  canWrite: boolean;
  onAddGoal: () => void;
}

function OverviewPanel({ client, canWrite }: TabProps) {
  // The rest of the record shows first; the Overview mounts in the next task (use-after-first-paint.ts).
  const painted = useAfterFirstPaint();
  const loading = <PageLoader label="Loading the charts…" />;
  if (!painted) return loading;
  return (
    <Suspense fallback={loading}>
      <OverviewTab client={client} canWrite={canWrite} />
    </Suspense>
  );
}

function SessionsPanel({ client, canWrite }: TabProps) {
  const goals = useGoals(client.id);
  return <SessionsTab clientId={client.id} goals={goals.data ?? []} canWrite={canWrite} />;
}

function GoalsPanel({ client, canWrite, onAddGoal }: TabProps) {
  return <GoalsTab clientId={client.id} canWrite={canWrite} onAddGoal={onAddGoal} />;
}

function NotesPanel({ client }: TabProps) {
  const goals = useGoals(client.id);
  return <NotesTab clientId={client.id} goals={goals.data ?? []} />;
}

function QuestionnairesPanel({ client, canWrite }: TabProps) {
  return (
    <Stack gap="md">
      <QuestionnaireScheduleCard client={client} canWrite={canWrite} />
      <InvitationsCard clientId={client.id} clientName={clientDisplayName(client)} canWrite={canWrite} />
      <QuestionnairesTabLoader clientId={client.id} canWrite={canWrite} />
    </Stack>
  );
}

// One panel per entry of CLIENT_TABS: a new tab is one line there and one line here.
const PANELS: Record<ClientTab, ComponentType<TabProps>> = {
  overview: OverviewPanel,
  sessions: SessionsPanel,
  goals: GoalsPanel,
  notes: NotesPanel,
  questionnaires: QuestionnairesPanel,
};

export function ClientPage() {
  const { clientId = '' } = useParams();
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  // Without ?tab the record opens on the Overview, unless it has nothing to chart yet.
  // When the Overview is (or may be) the tab, its whole-course data, the instruments and the charts' code are
  // fetched alongside the client record rather than one after another (bench: the five-year page charted sooner).
  const overviewLikely = !params.has('tab') || params.get('tab') === 'overview';
  const course = useQuery({ ...progressQuery(clientId), enabled: overviewLikely });
  useQuery({ ...instrumentsQuery(), enabled: overviewLikely });
  useEffect(() => {
    // A failed download shows when the tab itself loads it (lazy's error); here it is only a head start.
    if (overviewLikely) overviewTabChunk.start().catch(() => undefined);
  }, [overviewLikely]);
  const tab = parseClientTab(params, course.data ? hasProgressData(course.data) : true);
  const { data: client, error, isPending, refetch } = useClient(clientId);
  // The page appears with its first panel: drawn before its data, "Before the session" is one line that
  // then grows to its full height and pushes everything below it down (a layout shift of 0.55 on the
  // five-year client, docs/performance.md). Fetched alongside the record, it costs no extra wait; a
  // failed panel shows its own error and holds nothing up.
  const prep = useQuery(prepQuery(clientId));
  const [editing, setEditing] = useState(false);
  const [discharging, setDischarging] = useState(false);
  const [addingGoal, setAddingGoal] = useState(false);
  usePageTitle(client ? clientDisplayName(client) : 'Client');

  if (isPending || prep.isPending) return <PageLoader label="Loading the client record…" />;
  if (error) {
    return <PageNotLoaded error={error} subject="client" onRetry={() => void refetch()} />;
  }

  // Supervisors read their supervisees' clients but never edit them (docs/product.md, "Who uses it").
  const onCareTeam = isOnCareTeam(client, user.id);
  const openTab = (next: string | null) => {
    if (next && next !== tab) setParams(clientTabSearch(next as ClientTab));
  };

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/caseload" size="sm" className="no-print">
        ← Caseload
      </Anchor>
      <ClientHeader
        client={client}
        canWrite={onCareTeam}
        editing={editing}
        onEdit={() => setEditing(true)}
        onDischarge={() => setDischarging(true)}
        onAddGoal={() => setAddingGoal(true)}
      />
      {/* Before the session: the first thing under the name, above everything else (docs/screens.md). */}
      <PrepPanel clientId={client.id} canWrite={onCareTeam} />
      <SafetyAlertBanner clientId={client.id} canWrite={onCareTeam} />
      {editing ? (
        <EditClientDetails client={client} onDone={() => setEditing(false)} />
      ) : (
        <ClientDetailsCard client={client} readOnly={!onCareTeam} />
      )}
      <Tabs value={tab} onChange={openTab} keepMounted={false}>
        <Tabs.List aria-label="Client record" className="no-print">
          {CLIENT_TABS.map(({ value, label }) => (
            <Tabs.Tab key={value} value={value} rightSection={value === 'questionnaires' ? <NewResultsBadge clientId={client.id} /> : undefined}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CLIENT_TABS.map(({ value }) => {
          const Panel = PANELS[value];
          return (
            <Tabs.Panel key={value} value={value} pt="md">
              <Panel client={client} canWrite={onCareTeam} onAddGoal={() => setAddingGoal(true)} />
            </Tabs.Panel>
          );
        })}
      </Tabs>
      <DischargeClientModal client={client} opened={discharging} onClose={() => setDischarging(false)} />
      {onCareTeam && (
        <AddGoalModal clientId={client.id} opened={addingGoal} onClose={() => setAddingGoal(false)} onCreated={() => openTab('goals')} />
      )}
    </Stack>
  );
}
