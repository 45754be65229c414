import { Anchor, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { RATING_MAX, type InstrumentCode } from '@securebase/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { formatCalendarDate, formatInstant } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { clientTabPath } from '../../clients/client-tabs';
import { prepKeys, usePrep, type Prep, type PrepGoal, type PrepMeasure } from '../api/get-prep';
import { useMarkAllReviewed } from '../api/mark-all-reviewed';
import { bandLabel, formatNumber, instrumentName, scaleName, scoreChange, trendWords, unsignedWords, verdictWords } from '../prep-words';
import '../prep.css';

/** Records whose change can change the panel: when any of them is read again, so is the panel. */
const FOLLOWED = new Set<unknown>(['measures', 'alerts', 'sessions', 'goals', 'progress', 'invitations']);

const questionnaireLink = (clientId: string, instrument: InstrumentCode) => `${clientTabPath(clientId, 'questionnaires')}&instrument=${instrument}`;

/** Prints the panel alone (the print stylesheet hides the rest of the page while the class is on). */
function printPanel() {
  const root = document.documentElement;
  root.classList.add('sb-print-prep');
  window.addEventListener('afterprint', () => root.classList.remove('sb-print-prep'), { once: true });
  window.print();
}

/** Three marks on the 0–10 scale, oldest to newest, beside the numbers (decoration: the numbers carry it). */
function RatingMarks({ ratings }: { ratings: PrepGoal['lastRatings'] }) {
  const oldestFirst = [...ratings].reverse();
  const y = (rating: number) => 14 - (rating / RATING_MAX) * 12;
  return (
    <svg className="sb-prep-marks" width="34" height="16" viewBox="0 0 34 16" aria-hidden="true" focusable="false">
      <line x1="0" x2="34" y1="14" y2="14" stroke="var(--mantine-color-gray-4)" strokeWidth="1" />
      {oldestFirst.length > 1 && (
        <polyline
          points={oldestFirst.map((r, i) => `${5 + i * 12},${y(r.rating)}`).join(' ')}
          fill="none"
          stroke="var(--mantine-color-indigo-6)"
          strokeWidth="1.5"
        />
      )}
      {oldestFirst.map((r, i) => (
        <circle key={r.sessionId} cx={5 + i * 12} cy={y(r.rating)} r="2.2" fill="var(--mantine-color-indigo-7)" />
      ))}
    </svg>
  );
}

function NeedsAction({ clientId, prep, canWrite }: { clientId: string; prep: Prep; canWrite: boolean }) {
  const markAll = useMarkAllReviewed(clientId);
  const nothing = prep.openAlerts.length === 0 && prep.unreviewed.length === 0 && prep.unsignedSessions === 0;
  return (
    <section aria-labelledby="prep-action" className="sb-prep-block">
      <Title order={3} size="h6" id="prep-action" className="sb-prep-heading">
        Needs action
      </Title>
      {nothing ? (
        <Text size="sm">Nothing is waiting: no open alert, no result to review, every note signed.</Text>
      ) : (
        <ul className="sb-prep-list">
          {/* Open safety alerts first, always. */}
          {prep.openAlerts.map((alert) => (
            <li key={alert.id} className="sb-prep-alert" data-testid="prep-alert">
              <Anchor component={Link} to={questionnaireLink(clientId, 'phq9')} size="sm" fw={700} c="red.9">
                Safety alert open since {formatInstant(alert.raisedAt)}
              </Anchor>
              <Text span size="sm">
                {' '}
                — PHQ-9 item 9 above 0; resolve it with a note.
              </Text>
            </li>
          ))}
          {prep.unreviewed.length > 0 && (
            <li>
              <Text span size="sm" fw={600}>
                {prep.unreviewed.length === 1 ? '1 result' : `${prep.unreviewed.length} results`} to review:{' '}
              </Text>
              {prep.unreviewed.map((u, i) => (
                <Text span size="sm" key={u.measureId}>
                  {i > 0 && ', '}
                  <Anchor component={Link} to={questionnaireLink(clientId, u.instrument)} size="sm">
                    {instrumentName(u.instrument)} of {formatCalendarDate(u.date)}
                  </Anchor>
                </Text>
              ))}
              {canWrite && (
                <Button
                  size="compact-xs"
                  variant="light"
                  ml="xs"
                  className="no-print"
                  loading={markAll.isPending}
                  onClick={() => markAll.mutate(prep.unreviewed.map((u) => u.measureId))}
                >
                  Mark all reviewed
                </Button>
              )}
              {markAll.isError && (
                <Text size="xs" c="red.9" role="alert">
                  Not all were marked reviewed: {describeError(markAll.error)}
                </Text>
              )}
            </li>
          )}
          {prep.unsignedSessions > 0 && (
            <li>
              <Anchor component={Link} to={clientTabPath(clientId, 'sessions')} size="sm">
                {unsignedWords(prep.unsignedSessions)}
              </Anchor>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

function MeasuresTable({ clientId, measures }: { clientId: string; measures: PrepMeasure[] }) {
  if (measures.length === 0) return <Text size="sm">No questionnaire recorded yet.</Text>;
  return (
    <table className="sb-prep-table">
      <thead>
        <tr>
          <th scope="col">Questionnaire</th>
          <th scope="col">Latest</th>
          <th scope="col">Since previous</th>
          <th scope="col">First → latest</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((m) => {
          const change = scoreChange(m);
          const band = bandLabel(m.instrument, m.latest.band);
          return (
            <tr key={`${m.instrument}-${m.scale}`} data-testid="prep-measure">
              <th scope="row">
                <Anchor component={Link} to={questionnaireLink(clientId, m.instrument)} size="sm">
                  {scaleName(m.instrument, m.scale)}
                </Anchor>
                {m.sinceLastSession && (
                  <Badge size="xs" color="indigo" variant="filled" ml={6}>
                    New
                  </Badge>
                )}
              </th>
              <td>
                <span className="sb-prep-score">{formatNumber(m.latest.score)}</span>
                {band && <span> {band}</span>}
                <Text span size="xs" c="gray.7" className="sb-nowrap">
                  {' '}
                  {formatCalendarDate(m.latest.date)}
                  {m.latest.source === 'client' ? ', by the client' : ''}
                </Text>
              </td>
              <td className={change ? `sb-prep-${change.tone}` : undefined}>
                {change ? (
                  <>
                    <span aria-hidden="true">{change.arrow} </span>
                    {change.words}
                  </>
                ) : (
                  'First score'
                )}
              </td>
              <td>{verdictWords(m) ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function GoalsTable({ clientId, goals }: { clientId: string; goals: PrepGoal[] }) {
  if (goals.length === 0) return <Text size="sm">No active goal.</Text>;
  return (
    <table className="sb-prep-table">
      <thead>
        <tr>
          <th scope="col">Goal</th>
          <th scope="col">Last ratings, newest first</th>
          <th scope="col">Client&rsquo;s own</th>
          <th scope="col">Trend</th>
        </tr>
      </thead>
      <tbody>
        {goals.map((g) => (
          <tr key={g.goalId} data-testid="prep-goal">
            <th scope="row">
              <Anchor component={Link} to={clientTabPath(clientId, 'goals')} size="sm">
                {g.title}
              </Anchor>
              <Text span size="xs" c="gray.7" className="sb-nowrap">
                {' '}
                target {g.target}
              </Text>
            </th>
            <td className="sb-nowrap">
              {g.lastRatings.length === 0
                ? 'Not rated yet'
                : g.lastRatings.map((r, i) => (
                    <span key={r.sessionId}>
                      {i > 0 && <span aria-hidden="true"> · </span>}
                      <Anchor
                        component={Link}
                        to={`/sessions/${r.sessionId}`}
                        size="sm"
                        className="tabular-figures"
                        aria-label={`${r.rating} on ${formatCalendarDate(r.date)}, open the session`}
                      >
                        {r.rating}
                      </Anchor>
                    </span>
                  ))}{' '}
              {g.lastRatings.length > 1 && <RatingMarks ratings={g.lastRatings} />}
            </td>
            <td>
              {g.clientLatest ? (
                <>
                  {g.clientLatest.rating}
                  <Text span size="xs" c="gray.7" className="sb-nowrap">
                    {' '}
                    {formatCalendarDate(g.clientLatest.date)}
                  </Text>
                </>
              ) : (
                '—'
              )}
            </td>
            <td className={g.trend ? `sb-prep-trend-${g.trend}` : 'sb-prep-quiet'}>{trendWords(g)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Before the session" (docs/screens.md): the client page's first panel. One request, no chart
 * library, so it paints before the Overview's charts have loaded; every line links to its source.
 */
export function PrepPanel({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const prep = usePrep(clientId);
  const queryClient = useQueryClient();
  const titleId = useId();
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'invalidate' && FOLLOWED.has(event.query.queryKey[0])) {
          void queryClient.invalidateQueries({ queryKey: prepKeys.client(clientId) });
        }
      }),
    [queryClient, clientId],
  );

  return (
    <Paper withBorder px="md" py="sm" component="section" aria-labelledby={titleId} className="sb-prep" data-testid="prep-panel">
      <Group justify="space-between" align="baseline" gap="sm" mb={2}>
        <Title order={2} size="h4" id={titleId}>
          Before the session
        </Title>
        <Group gap="md" align="baseline">
          {prep.data && (
            <Text size="sm">
              {prep.data.lastSession ? (
                <>
                  Last session:{' '}
                  <Anchor component={Link} to={`/sessions/${prep.data.lastSession.id}`} size="sm">
                    {formatInstant(prep.data.lastSession.startedAt)}
                  </Anchor>
                </>
              ) : (
                'No attended session yet'
              )}
            </Text>
          )}
          <Button size="compact-sm" variant="default" className="no-print" onClick={printPanel} disabled={!prep.data}>
            Print
          </Button>
        </Group>
      </Group>
      {prep.isPending && <Text size="sm">Loading what changed since the last session…</Text>}
      {prep.error && <ErrorAlert error={prep.error} subject="record" onRetry={() => void prep.refetch()} />}
      {prep.data && (
        <div className="sb-prep-grid">
          <div className="sb-prep-main">
            <section aria-labelledby="prep-measures" className="sb-prep-block">
              <Title order={3} size="h6" id="prep-measures" className="sb-prep-heading">
                Questionnaires
              </Title>
              <MeasuresTable clientId={clientId} measures={prep.data.measures} />
            </section>
            <section aria-labelledby="prep-goals" className="sb-prep-block">
              <Title order={3} size="h6" id="prep-goals" className="sb-prep-heading">
                Active goals
              </Title>
              <GoalsTable clientId={clientId} goals={prep.data.goals} />
            </section>
          </div>
          <div className="sb-prep-side">
            <NeedsAction clientId={clientId} prep={prep.data} canWrite={canWrite} />
            <section aria-labelledby="prep-plan" className="sb-prep-block">
              <Title order={3} size="h6" id="prep-plan" className="sb-prep-heading">
                Last session&rsquo;s plan
              </Title>
              {prep.data.lastSession?.plan ? (
                <Text size="sm" className="sb-prep-plan sb-prewrap">
                  {prep.data.lastSession.plan}
                </Text>
              ) : (
                <Text size="sm">No plan written.</Text>
              )}
            </section>
            <section aria-labelledby="prep-due" className="sb-prep-block">
              <Title order={3} size="h6" id="prep-due" className="sb-prep-heading">
                Next due
              </Title>
              {prep.data.nextDue ? (
                <Text size="sm">
                  {prep.data.nextDue.instruments.map((code) => instrumentName(code)).join(', ')} on {formatCalendarDate(prep.data.nextDue.dueOn)}
                </Text>
              ) : (
                <Text size="sm">No questionnaire scheduled.</Text>
              )}
            </section>
          </div>
        </div>
      )}
    </Paper>
  );
}
