import { Button, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ChartsReady } from '../../../components/charts/charts-ready';
import { ErrorAlert } from '../../../components/error-alert';
import { localCalendarDate } from '../../../lib/dates';
import type { ClientRecord } from '../../clients/api/get-client';
import { useProgress } from '../api/get-progress';
import { useInstruments } from '../api/list-instruments';
import { approachMonths } from '../approach-months';
import { attachmentPath } from '../attachment-plot';
import { goalLines } from '../goal-series';
import { measureCharts } from '../measure-charts';
import { overviewRangeSearch, parseOverviewRange, rangeQuery, type OverviewRange } from '../overview-range';
import { patternGrid } from '../pattern-grid';
import { hasProgressData, progressDates } from '../progress-data';
import { domainMonths, formatDay, timeDomain } from '../time-axis';
import { ApproachesChart } from './approaches-chart';
import { AttachmentChart } from './attachment-chart';
import { AttendanceSummary } from './attendance-summary';
import { GoalProgressChart } from './goal-progress-chart';
import { MeasureChartCard } from './measure-chart';
import { OverviewRangeControl } from './overview-range-control';
import { PatternsHeatmap } from './patterns-heatmap';
import '../../../components/charts/charts.css';

interface OverviewTabProps {
  client: ClientRecord;
  canWrite: boolean;
}

function OverviewSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the charts">
      <Skeleton height={300} radius="md" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Skeleton height={220} radius="md" />
        <Skeleton height={220} radius="md" />
      </SimpleGrid>
    </Stack>
  );
}

/** The client's progress at a glance: every chart over one shared date range. */
export function OverviewTab({ client, canWrite }: OverviewTabProps) {
  const [params, setParams] = useSearchParams();
  const range = parseOverviewRange(params);
  // "Last N months" of a discharged client end at discharge, not today.
  const end = client.dischargedOn ?? localCalendarDate();
  const query = rangeQuery(range, end);
  const progress = useProgress(client.id, query);
  const whole = useProgress(client.id, {});
  const instruments = useInstruments();

  const changeRange = (next: OverviewRange) => setParams(overviewRangeSearch(params, next), { replace: true });

  // Derived once per response: each chart is memoised on these, so a re-render of the Overview (a chart
  // reporting itself drawn, a background refetch) does not rebuild every chart.
  const data = progress.data;
  const { from, to } = query;
  const derived = useMemo(() => {
    if (!data) return null;
    const domain = timeDomain({ from, to }, progressDates(data));
    const months = domainMonths(domain);
    return {
      domain,
      months,
      lines: goalLines(data.goals),
      measures: measureCharts(data.measures, instruments.data ?? []),
      path: attachmentPath(data.attachment),
      approaches: approachMonths(data.approaches, months),
      patterns: patternGrid(data.patterns, months),
    };
  }, [data, instruments.data, from, to]);

  if (progress.isPending || instruments.isPending) return <OverviewSkeleton />;
  if (progress.isError) return <ErrorAlert error={progress.error} onRetry={() => void progress.refetch()} />;
  if (!derived) return <OverviewSkeleton />;

  if (whole.data && !hasProgressData(whole.data)) {
    return (
      // Nothing to draw counts as everything drawn, for whoever waits on data-charts-ready.
      <Paper withBorder p="xl" className="sb-overview" data-charts-ready="true">
        <Stack align="center" gap="md">
          <Text>Nothing to chart yet: charts appear once sessions are logged or questionnaires recorded.</Text>
          {canWrite && client.status === 'active' && (
            <Button component={Link} to={`/clients/${client.id}/sessions/new`}>
              Log session
            </Button>
          )}
        </Stack>
      </Paper>
    );
  }

  const { domain, months, lines, measures, path, approaches, patterns } = derived;
  const shown = domain ? `${formatDay(domain[0])} – ${formatDay(domain[1])}` : null;
  const settled = !progress.isPlaceholderData && !progress.isFetching;

  return (
    <ChartsReady>
      {(allDrawn) => (
        <Stack gap="md" className="sb-overview" data-charts-ready={settled && allDrawn ? 'true' : 'false'} aria-busy={!settled}>
          <OverviewRangeControl range={range} onChange={changeRange} shown={shown} />
          {instruments.isError && <ErrorAlert error={instruments.error} title="Severity bands could not be loaded" />}
          <div className="sb-chart-grid" style={{ opacity: progress.isPlaceholderData ? 0.6 : 1 }}>
            <GoalProgressChart lines={lines} domain={domain} />
            <section className="sb-chart-wide" aria-labelledby="overview-questionnaires">
              <Title order={2} size="h4" id="overview-questionnaires" mb="xs">
                Questionnaires
              </Title>
              {measures.length === 0 ? (
                <Paper withBorder p="md">
                  <Text size="sm" c="dimmed">
                    No questionnaires in this period.
                  </Text>
                </Paper>
              ) : (
                <div className="sb-chart-grid">
                  {measures.map((chart) => (
                    <MeasureChartCard key={chart.key} chart={chart} domain={domain} />
                  ))}
                </div>
              )}
            </section>
            <AttachmentChart path={path} />
            <AttendanceSummary counts={progress.data.attendance} />
            <ApproachesChart rows={approaches.rows} used={approaches.used} />
            <PatternsHeatmap rows={patterns} months={months} />
          </div>
        </Stack>
      )}
    </ChartsReady>
  );
}
