import { memo } from 'react';
import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import type { AttendanceCounts } from '../api/get-progress';
import { attendanceParts, attendanceSummary } from '../attendance';

const HEIGHT = 28;

/** Memoised: the Overview re-renders as each chart reports itself drawn; unchanged charts are not redrawn. */
export const AttendanceSummary = memo(function AttendanceSummary({ counts }: { counts: AttendanceCounts }) {
  const { total, parts } = attendanceParts(counts);
  const config: ChartConfig = Object.fromEntries(
    parts.map((p) => [p.key, { label: `${p.label}: ${p.count} (${p.percent}%)`, colour: p.colour, mark: 'box' as const }]),
  );
  return (
    <ChartContainer
      title="Attendance"
      description={total ? `${total} booked ${total === 1 ? 'session' : 'sessions'} in this period.` : undefined}
      config={config}
      summary={attendanceSummary(counts)}
      height={HEIGHT}
      empty={total === 0 ? 'No sessions in this period.' : null}
      drawnSelector=".sb-attendance-bar"
      table={
        <DataTable
          caption="Sessions by attendance"
          columns={[{ label: 'Attendance' }, { label: 'Sessions', numeric: true }, { label: 'Share', numeric: true }]}
          rows={[
            ...parts.map((p) => ({ key: p.key, cells: [p.label, p.count, `${p.percent}%`] })),
            { key: 'total', cells: ['Total', total, '100%'] },
          ]}
        />
      }
    >
      {() => (
        // Boxes in a row, not a chart: nothing here needs an SVG or a chart library.
        <div className="sb-attendance-bar" aria-hidden>
          {parts
            .filter((p) => p.count > 0)
            .map((p) => (
              <span key={p.key} style={{ flexGrow: p.count, background: p.colour }} />
            ))}
        </div>
      )}
    </ChartContainer>
  );
});
