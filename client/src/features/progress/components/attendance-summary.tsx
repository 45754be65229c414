import { ChartContainer, DataTable } from '../../../components/charts/chart-container';
import type { ChartConfig } from '../../../components/charts/chart-config';
import type { AttendanceCounts } from '../api/get-progress';
import { attendanceParts, attendanceSummary } from '../attendance';

const HEIGHT = 28;

export function AttendanceSummary({ counts }: { counts: AttendanceCounts }) {
  const { total, parts } = attendanceParts(counts);
  const config: ChartConfig = Object.fromEntries(
    parts.map((p) => [
      p.key,
      { label: `${p.label}: ${p.count} (${p.percent}%)`, colour: p.colour, mark: 'box' as const },
    ]),
  );
  return (
    <ChartContainer
      title="Attendance"
      description={total ? `${total} booked ${total === 1 ? 'session' : 'sessions'} in this period.` : undefined}
      config={config}
      summary={attendanceSummary(counts)}
      height={HEIGHT}
      empty={total === 0 ? 'No sessions in this period.' : null}
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
      {({ width, height }) => {
        let x = 0;
        return (
          <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden focusable="false">
            {parts.map((p) => {
              const w = total ? (p.count / total) * width : 0;
              const rect = (
                <rect key={p.key} x={x} y={0} width={Math.max(0, w - 2)} height={height} rx={3} fill={p.colour} />
              );
              x += w;
              return rect;
            })}
          </svg>
        );
      }}
    </ChartContainer>
  );
}
