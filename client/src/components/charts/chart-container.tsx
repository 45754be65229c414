import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { chartColourVariables, type ChartConfig } from './chart-config';
import { ChartLegend } from './chart-legend';
import { useChartReadyReport, useDrawTurn } from './charts-ready';
import { useOverflow, useWidth } from './use-width';
import './charts.css';

/**
 * True while the page prints. The tables are built only when opened or printed: the five-year
 * client's hidden tables were thousands of elements that every chart mount laid out and kept.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Rendered before the browser lays out the printout: beforeprint is the last moment, so no batching.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    // Not matchMedia('print') per chart: the profile showed it costing style work on every mount.
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export interface ChartSize {
  width: number;
  height: number;
}

interface ChartContainerProps {
  /** The chart's heading, and the name of its region. */
  title: string;
  titleOrder?: 2 | 3;
  /** A line under the title: what is measured, the scale. */
  description?: ReactNode;
  /** Beside the title, e.g. a reliable-change verdict. */
  aside?: ReactNode;
  config?: ChartConfig;
  /** Which config entries the legend lists (all by default); false for none. */
  legend?: readonly string[] | false;
  /** What the picture shows, in words: the accessible name of the image. */
  summary: string;
  height: number;
  /** The same numbers as a real table: shown on request, always printed. */
  table: ReactNode;
  /** When set, there is nothing to draw: this sentence is shown instead of chart and table. */
  empty?: string | null;
  /** Below the legend: notes such as goals not rated in the range. */
  footer?: ReactNode;
  /** Under the heading, before the picture: what must not be missed (a safety item). */
  alert?: ReactNode;
  /** An element that exists once the chart has drawn (Recharts draws over several renders). */
  drawnSelector?: string;
  /** Spans the whole row of a chart grid. */
  wide?: boolean;
  children: (size: ChartSize) => ReactNode;
}

/**
 * One frame for every chart: heading, the picture (sized to its column), legend as text, and a
 * "Show as table" toggle with the same numbers for screen readers and print.
 */
export function ChartContainer({
  title,
  titleOrder = 2,
  description,
  aside,
  config = {},
  legend,
  summary,
  height,
  table,
  empty,
  footer,
  alert,
  drawnSelector = 'svg',
  wide,
  children,
}: ChartContainerProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  const [tableOpen, setTableOpen] = useState(false);
  const { ref, width } = useWidth<HTMLDivElement>();
  const report = useChartReadyReport(id);
  const printing = usePrinting();
  // Printing draws every chart, also those never scrolled near (they draw only near the viewport).
  const drawing = useDrawTurn(id, ref, width > 0, printing);

  // Drawn once the chart's own marks are in the DOM; charts that never draw do not hold the page.
  useEffect(() => {
    if (empty) {
      report(true);
      return;
    }
    if (!drawing) return;
    let frame = 0;
    let tries = 0;
    const check = () => {
      if (ref.current?.querySelector(drawnSelector) || ++tries > 120) report(true);
      else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [empty, drawing, drawnSelector, report, ref]);

  return (
    <section className={`sb-chart${wide ? ' sb-chart-wide' : ''}`} aria-labelledby={titleId} style={chartColourVariables(config)}>
      {/* Heading, picture and legend print on one page; a long table may run on. */}
      <div className="sb-chart-figure">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={2}>
            <Title order={titleOrder} size={titleOrder === 2 ? 'h4' : 'h5'} id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="xs" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {aside}
        </Group>
        {alert}
        {empty ? (
          <Text size="sm" c="dimmed" py="md">
            {empty}
          </Text>
        ) : (
          <>
            <div ref={ref} className="sb-chart-visual" role="img" aria-label={summary} style={{ height }}>
              {drawing && children({ width, height })}
            </div>
            {legend !== false && <ChartLegend config={config} keys={legend} />}
            {footer}
          </>
        )}
      </div>
      {!empty && (
        <>
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              className="sb-chart-toggle"
              aria-expanded={tableOpen}
              aria-controls={tableId}
              onClick={() => setTableOpen((open) => !open)}
              leftSection={<span aria-hidden className="sb-chart-toggle-mark" data-open={tableOpen} />}
            >
              Show as table
            </Button>
          </div>
          <div id={tableId} className="sb-chart-table" data-open={tableOpen}>
            {(tableOpen || printing) && table}
          </div>
        </>
      )}
    </section>
  );
}

export interface DataColumn {
  label: ReactNode;
  /** Figures: right-aligned, tabular. */
  numeric?: boolean;
}

/** A plain data table in the app's table style, with a caption naming what it holds. */
export function DataTable({
  caption,
  columns,
  rows,
  rowHeader = true,
}: {
  caption: string;
  columns: readonly DataColumn[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  /** The first cell names the row (a <th>). */
  rowHeader?: boolean;
}) {
  const { ref, overflows } = useOverflow<HTMLDivElement>();
  return (
    // A table wider than its column scrolls; it then takes focus, so the keyboard can scroll it too.
    <div
      ref={ref}
      className="sb-table-frame sb-chart-table-frame"
      tabIndex={overflows ? 0 : undefined}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? caption : undefined}
    >
      <table className="sb-table sb-table-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={c.numeric ? 'num sb-num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 && rowHeader ? (
                  <th key={i} scope="row" className={columns[i]?.numeric ? 'num sb-num' : undefined}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={columns[i]?.numeric ? 'num sb-num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
