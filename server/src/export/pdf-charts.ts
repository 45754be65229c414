import { APPROACH_INFO, Approach } from '@securebase/shared';
import type { CaseSummary } from './case-summary';
import { PdfWriter, pdfSafe, STYLE } from './pdf-writer';

// Charts drawn as PDF vector paths (lines, rectangles, text): sharp at any zoom, selectable labels, tiny files.

/** Okabe–Ito, colour-blind safe; yellow left out (too faint for a thin line on white). */
export const GOAL_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999999'];

export function goalColour(index: number): string {
  return GOAL_COLOURS[index % GOAL_COLOURS.length];
}

const DAY_MS = 86_400_000;
const time = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** At most `max` ticks: by week or fortnight over a few months, else month-aligned, stepping 1, 2, 3, 6, 12 or 24 months. */
function timeTicks(from: number, to: number, max: number): { t: number; label: string }[] {
  // Short periods: weekly or fortnightly ticks, labelled by day.
  for (const days of [7, 14]) {
    const ticks: { t: number; label: string }[] = [];
    for (let t = from; t <= to; t += days * DAY_MS) ticks.push({ t, label: `${new Date(t).getUTCDate()} ${MONTHS[new Date(t).getUTCMonth()]}` });
    if (ticks.length <= max && to - from <= 120 * DAY_MS) return ticks;
  }
  const start = new Date(from);
  for (const step of [1, 2, 3, 6, 12, 24, 60]) {
    const ticks: { t: number; label: string }[] = [];
    const y = start.getUTCFullYear();
    let m = start.getUTCMonth();
    if (step >= 12) m = 0;
    else m = Math.ceil(m / step) * step;
    for (;;) {
      const t = Date.UTC(y + Math.floor(m / 12), m % 12, 1);
      if (t > to) break;
      const d = new Date(t);
      if (t >= from) ticks.push({ t, label: step >= 12 ? String(d.getUTCFullYear()) : `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
      m += step;
    }
    if (ticks.length <= max) return ticks;
  }
  return [];
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Series {
  colour: string;
  target: number;
  points: { date: string; rating: number }[];
}

/** The time span every goal plot shares, so panels can be compared at a glance. */
function span(c: CaseSummary): { from: number; to: number } {
  let from = time(c.period.from);
  let to = time(c.period.to);
  for (const g of c.goals) {
    if (!g.points.length) continue;
    from = Math.min(from, time(g.points[0].date));
    to = Math.max(to, time(g.points[g.points.length - 1].date));
  }
  return { from, to: Math.max(to, from + 14 * DAY_MS) };
}

/** Axes, grid, dashed targets and rating lines for some goals in one plot area. */
function plotRatings(w: PdfWriter, plot: Box, series: Series[], range: { from: number; to: number }, o: { yStep: number; maxTicks: number }): void {
  const doc = w.doc;
  const xOf = (t: number) => plot.x + ((t - range.from) / (range.to - range.from)) * plot.w;
  const yOf = (rating: number) => plot.y + plot.h - (rating / 10) * plot.h;
  doc.lineWidth(0.4).strokeColor(STYLE.rule);
  w.font('regular', 6.8, STYLE.muted);
  for (let r = 0; r <= 10; r += o.yStep) {
    doc
      .moveTo(plot.x, yOf(r))
      .lineTo(plot.x + plot.w, yOf(r))
      .stroke();
    w.at(String(r), plot.x - 22, yOf(r) - 2.8, { width: 17, align: 'right' });
  }
  for (const tick of timeTicks(range.from, range.to, o.maxTicks)) {
    const x = xOf(tick.t);
    if (x - plot.x < 14) continue; // would sit on the 0 of the rating axis
    doc
      .moveTo(x, plot.y + plot.h)
      .lineTo(x, plot.y + plot.h + 3)
      .lineWidth(0.5)
      .strokeColor(STYLE.faint)
      .stroke();
    w.at(tick.label, x - 30, plot.y + plot.h + 5, { width: 60, align: 'center' });
  }
  doc
    .moveTo(plot.x, plot.y + plot.h)
    .lineTo(plot.x + plot.w, plot.y + plot.h)
    .lineWidth(0.7)
    .strokeColor(STYLE.faint)
    .stroke();
  // Targets first, so the ratings draw over them.
  for (const s of series) {
    doc
      .save()
      .moveTo(plot.x, yOf(s.target))
      .lineTo(plot.x + plot.w, yOf(s.target))
      .lineWidth(0.9)
      .dash(3, { space: 2.5 })
      .strokeColor(s.colour)
      .strokeOpacity(0.8)
      .stroke()
      .undash()
      .restore();
  }
  for (const s of series) {
    if (!s.points.length) continue;
    doc.save().lineWidth(1.2).lineJoin('round').strokeColor(s.colour);
    s.points.forEach((p, k) => (k === 0 ? doc.moveTo(xOf(time(p.date)), yOf(p.rating)) : doc.lineTo(xOf(time(p.date)), yOf(p.rating))));
    doc.stroke();
    // Markers only while they stay readable.
    if (s.points.length <= 40) for (const p of s.points) doc.circle(xOf(time(p.date)), yOf(p.rating), 1.6).fill(s.colour);
    doc.restore();
  }
}

function legendLine(w: PdfWriter, x: number, y: number, colour: string, dashed: boolean, label: string, width: number): void {
  const doc = w.doc;
  doc
    .save()
    .moveTo(x, y + 4)
    .lineTo(x + 16, y + 4)
    .lineWidth(dashed ? 0.9 : 1.8)
    .strokeColor(colour);
  if (dashed) doc.dash(3, { space: 2.5 });
  doc.stroke().undash().restore();
  w.font('regular', 7.8, STYLE.ink).at(label, x + 21, y, { width: width - 21, height: 10, ellipsis: true });
}

/**
 * Goal ratings (0–10) against time, each goal in its colour from the goal table with its target dashed. Up to three
 * goals share one plot with a legend keyed G1, G2…; more get one small plot each on a common time axis, which stays
 * readable where six crossing lines would not.
 */
export function goalChart(w: PdfWriter, c: CaseSummary): void {
  const rated = c.goals.map((g, i) => ({ g, colour: goalColour(i) })).filter(({ g }) => g.points.length);
  const range = span(c);
  if (!rated.length) {
    w.paragraph('No goal ratings in this period.', { colour: STYLE.muted });
    return;
  }
  if (rated.length <= 3) {
    const height = 180;
    w.ensure(height + 16 + Math.ceil((rated.length + 1) / 2) * 13);
    const top = w.y;
    plotRatings(
      w,
      { x: w.left + 24, y: top + 6, w: w.width - 32, h: height - 26 },
      rated.map(({ g, colour }) => ({ colour, target: g.target, points: g.points })),
      range,
      { yStep: 2, maxTicks: 8 },
    );
    const entries = rated.map(({ g, colour }) => ({ colour, dashed: false, label: `${g.key}  ${g.title}` }));
    entries.push({ colour: STYLE.muted, dashed: true, label: 'Target (dashed, in the goal\u2019s colour)' });
    const col = w.width / 2;
    entries.forEach((e, k) => legendLine(w, w.left + (k % 2) * col, top + height + 4 + Math.floor(k / 2) * 13, e.colour, e.dashed, e.label, col - 8));
    w.y = top + height + 10 + Math.ceil(entries.length / 2) * 13;
    return;
  }
  const gap = 22;
  const panelWidth = (w.width - gap) / 2;
  const panelHeight = 96;
  for (let i = 0; i < rated.length; i += 2) {
    w.ensure(panelHeight + 8);
    const top = w.y;
    rated.slice(i, i + 2).forEach(({ g, colour }, k) => {
      const x = w.left + k * (panelWidth + gap);
      w.doc.rect(x, top + 1.5, 7, 7).fill(colour);
      w.font('bold', 7.8, STYLE.ink).at(`${g.key}  ${g.title}`, x + 11, top + 1, { width: panelWidth - 11, height: 10, ellipsis: true });
      plotRatings(w, { x: x + 20, y: top + 17, w: panelWidth - 24, h: panelHeight - 40 }, [{ colour, target: g.target, points: g.points }], range, {
        yStep: 5,
        maxTicks: 5,
      });
    });
    w.y = top + panelHeight;
  }
  w.ensure(14);
  legendLine(w, w.left, w.y, STYLE.muted, false, 'Rating, 0–10, per session', 150);
  legendLine(w, w.left + 160, w.y, STYLE.muted, true, 'Target', 100);
  w.y += 20;
}

/** Interventions per approach as horizontal bars in the approaches' own colours, with the techniques used beside them. */
export function approachBars(w: PdfWriter, rows: { approach: Approach; count: number; techniques: string }[]): void {
  const doc = w.doc;
  const labelWidth = 138;
  const barMax = 150;
  const techniquesX = w.left + labelWidth + barMax + 34;
  const techniquesWidth = w.left + w.width - techniquesX;
  const max = Math.max(1, ...rows.map((x) => x.count));
  for (const { approach, count, techniques } of rows) {
    const info = APPROACH_INFO[approach];
    w.font('regular', 7.6, STYLE.muted);
    const height = Math.max(14, (techniques ? w.heightOf(techniques, techniquesWidth) : 0) + 5);
    w.ensure(height);
    w.font('regular', 8.3, STYLE.ink).at(info.label, w.left, w.y + 1, { width: labelWidth - 8 });
    const len = Math.max(1.5, (count / max) * barMax);
    doc.rect(w.left + labelWidth, w.y, len, 9).fill(info.colour);
    // Yellow and light blues need an edge to read on white paper.
    doc
      .rect(w.left + labelWidth, w.y, len, 9)
      .lineWidth(0.3)
      .strokeColor('#52606D')
      .stroke();
    w.font('regular', 8.3, STYLE.muted).at(String(count), w.left + labelWidth + len + 5, w.y + 1);
    if (techniques) {
      w.font('regular', 7.6, STYLE.muted);
      w.place(() => doc.text(pdfSafe(techniques), techniquesX, w.y + 1.3, { width: techniquesWidth, lineGap: 0.3 }));
    }
    w.y += height;
  }
  w.y += 4;
}
