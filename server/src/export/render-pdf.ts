import { Readable } from 'node:stream';
import { APPROACH_INFO, Approach, GOAL_DOMAIN_LABELS, INSTRUMENTS, PRESENTING_PATTERN_LABELS } from '@securebase/shared';
import PDFDocument from 'pdfkit';
import {
  approachFacts,
  attendanceRate,
  CaseSummary,
  clientName,
  cosignLine,
  goalFacts,
  notesByApproach,
  patternFacts,
  signatureStatus,
  SummarySession,
} from './case-summary';
import { approachBars, goalChart, goalColour } from './pdf-charts';
import { PdfWriter, Row, STYLE } from './pdf-writer';
import * as f from './summary-format';

const SHORT_APPROACH: Record<Approach, string> = {
  attachment_based: 'Attachment',
  eft: 'EFT',
  mbct: 'MBCT',
  cbt: 'CBT',
  ipt: 'IPT',
  group: 'Group',
  schema: 'Schema',
  trauma_informed: 'Trauma-informed',
  other: 'Other',
};

/**
 * The case summary a clinician hands to a colleague, laid out on A4 with pdfkit. Returns pdfkit's own stream: the
 * caller pipes it to the response. Pages are buffered until the end only so that each footer can say "page n of m".
 * Yields to the event loop between blocks of the session log so a long course does not stall other requests.
 */
export async function renderPdf(c: CaseSummary): Promise<Readable> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: STYLE.margin,
    bufferPages: true,
    info: {
      Title: `Case summary: ${clientName(c.client)}`,
      Subject: 'Confidential case summary',
      Author: c.clinician.name,
      Creator: 'SecureBase',
      CreationDate: new Date(c.producedAt),
    },
  });
  const w = new PdfWriter(doc);
  header(w, c);
  goals(w, c);
  questionnaires(w, c);
  attendance(w, c);
  await sessionLog(w, c);
  if (c.includeNotes) await interventionNotes(w, c);
  furniture(w, c);
  doc.end();
  return doc as unknown as Readable;
}

function header(w: PdfWriter, c: CaseSummary): void {
  const doc = w.doc;
  w.y = STYLE.margin.top - 22;
  w.font('bold', 7.5, STYLE.muted).at('CASE SUMMARY', w.left, w.y, { characterSpacing: 1.2 });
  w.font('bold', 7.5, STYLE.alert).at('CONFIDENTIAL', w.left, w.y, { width: w.width, align: 'right', characterSpacing: 1.2 });
  w.y += 14;
  w.font('bold', 20, STYLE.ink).at(f.clientLine(c), w.left, w.y, { width: w.width, ellipsis: true });
  w.y += 30;
  w.facts(
    [
      ['Date of birth', f.day(c.client.dateOfBirth)],
      ['Clinician', c.clinician.name],
      ['Practice', c.practice.name],
      ['Period', f.periodLine(c)],
      ['Produced', f.day(c.producedAt)],
      ['Notes', c.includeNotes ? 'Included' : 'Not included'],
      ['Intake', f.day(c.client.intakeDate) + (c.client.dischargedOn ? ` (discharged ${f.day(c.client.dischargedOn)})` : '')],
      ['Attachment style', f.attachmentLabel(c)],
      ['Presenting patterns', c.client.presentingPatterns.map((p) => PRESENTING_PATTERN_LABELS[p]).join(', ') || '—'],
    ],
    3,
  );
  if (c.client.dischargeReason) w.labelled('Discharge reason:', c.client.dischargeReason);
  doc
    .moveTo(w.left, w.y)
    .lineTo(w.left + w.width, w.y)
    .lineWidth(1)
    .strokeColor(STYLE.accent)
    .stroke();
  w.y += 4;
}

function goals(w: PdfWriter, c: CaseSummary): void {
  w.section('Goals', 'Ratings 0–10 in the period; change is latest minus first');
  if (!c.goals.length) return w.paragraph('No goals recorded.', { colour: STYLE.muted });
  w.table(
    [
      { header: 'Goal', width: 171 },
      { header: 'Domain', width: 80 },
      { header: 'Status', width: 58 },
      { header: 'Baseline', width: 42, align: 'right' },
      { header: 'Target', width: 36, align: 'right' },
      { header: 'First', width: 32, align: 'right' },
      { header: 'Latest', width: 36, align: 'right' },
      { header: 'Change', width: 40, align: 'right' },
    ],
    c.goals.map((g, i): Row => {
      const x = goalFacts(g);
      return {
        swatch: goalColour(i),
        cells: [
          `${g.key}  ${g.title}`,
          GOAL_DOMAIN_LABELS[g.domain],
          f.GOAL_STATUS_LABELS[g.status] + (g.achievedOn ? `\n${f.day(g.achievedOn)}` : ''),
          String(g.baseline),
          String(g.target),
          x.first ? String(x.first.rating) : '—',
          x.latest ? String(x.latest.rating) : '—',
          f.signed(x.change),
        ],
        detail: g.description ? [{ label: 'Description:', text: g.description }] : undefined,
      };
    }),
  );
  w.subheading('Goal ratings over time');
  goalChart(w, c);
  const rated = c.goals.filter((g) => g.clientPoints.length);
  if (rated.length) {
    // The client's own ratings, through questionnaire links: a series apart from the clinician's.
    w.subheading("The client's own ratings");
    for (const g of rated) w.labelled(`${g.key}:`, g.clientPoints.map((p) => `${p.rating} (${f.day(p.date)})`).join(', '));
  }
}

function questionnaires(w: PdfWriter, c: CaseSummary): void {
  w.section('Questionnaires', 'First and latest score in the period');
  if (!c.series.length) return w.paragraph('No questionnaires in this period.', { colour: STYLE.muted });
  w.table(
    [
      { header: 'Questionnaire', width: 120 },
      { header: 'n', width: 20, align: 'right' },
      { header: 'First', width: 80 },
      { header: 'Latest', width: 80 },
      { header: 'Band (latest)', width: 76 },
      { header: 'RCI', width: 30, align: 'right' },
      { header: 'Reliable change', width: 89 },
    ],
    c.series.map((s): Row => {
      const first = s.points[0];
      const latest = s.points[s.points.length - 1];
      const code = s.instrument as keyof typeof INSTRUMENTS;
      return {
        cells: [
          f.scaleName(code, s.scale),
          String(s.points.length),
          `${f.score(first.score)}  (${f.day(first.date)})`,
          `${f.score(latest.score)}  (${f.day(latest.date)})`,
          f.bandLabel(code, latest.band) || '—',
          s.reliableChange ? s.reliableChange.rci.toFixed(2) : '—',
          f.verdictLabel(s),
        ],
        bold: s.reliableChange?.verdict === 'worse',
      };
    }),
  );
  for (const m of c.measures.filter((x) => x.flags.length)) {
    w.labelled(
      'Flag:',
      `${INSTRUMENTS[m.instrument].name} on ${f.day(m.administeredOn)}: ${m.flags.map((x) => f.flagLabel(m.instrument, x)).join('; ')}`,
      { colour: STYLE.alert },
    );
  }
  const bands = [...new Set(c.series.map((s) => s.instrument as keyof typeof INSTRUMENTS))].filter((code) => INSTRUMENTS[code].bands.length);
  w.ensure(22 + bands.length * 10);
  w.paragraph(f.RELIABLE_CHANGE_NOTE, { size: STYLE.small, colour: STYLE.muted });
  for (const code of bands) {
    w.paragraph(`${INSTRUMENTS[code].name} bands: ${INSTRUMENTS[code].bands.map((b) => `${b.label} ${b.min}–${b.max}`).join(', ')}.`, {
      size: STYLE.small,
      colour: STYLE.muted,
      gap: 1,
    });
  }
}

function attendance(w: PdfWriter, c: CaseSummary): void {
  w.section('Attendance and approaches');
  const a = c.attendance;
  const rate = attendanceRate(a);
  const tiles: [string, string][] = [
    ['Attended', String(a.attended)],
    ['Cancelled', String(a.cancelled)],
    ['No-show', String(a.noShow)],
    ['Attendance rate', rate === null ? '—' : `${rate}%`],
  ];
  w.ensure(44);
  const tileWidth = w.width / tiles.length;
  tiles.forEach(([label, value], i) => {
    const x = w.left + i * tileWidth;
    w.doc.rect(x + 1, w.y, tileWidth - 8, 36).fill(STYLE.shade);
    w.font('bold', 15, STYLE.ink).at(value, x + 9, w.y + 5);
    w.font('regular', STYLE.small, STYLE.muted).at(label, x + 9, w.y + 24);
  });
  w.y += 46;
  const sessionsBy = new Map<string, number>();
  for (const s of c.sessions) sessionsBy.set(s.clinicianId, (sessionsBy.get(s.clinicianId) ?? 0) + 1);
  if (sessionsBy.size > 1) {
    w.labelled(
      'Sessions by:',
      c.practitioners
        .filter((p) => sessionsBy.has(p.id))
        .map((p) => `${p.name} (${sessionsBy.get(p.id)})`)
        .join(', '),
    );
  }
  const approaches = approachFacts(c);
  if (approaches.length) {
    w.subheading('Interventions by approach');
    approachBars(w, approaches);
  }
  const patterns = patternFacts(c);
  if (patterns.length) {
    w.subheading('Presenting patterns observed');
    w.table(
      [
        { header: 'Pattern', width: 200 },
        { header: 'Sessions observed', width: 95, align: 'right' },
        { header: 'Mean intensity (0–3)', width: 100, align: 'right' },
        { header: 'Latest', width: 100, align: 'right' },
      ],
      patterns.map((p) => ({
        cells: [
          PRESENTING_PATTERN_LABELS[p.pattern],
          String(p.sessions),
          p.meanIntensity.toFixed(1),
          `${p.latest.intensity}  (${f.day(p.latest.date)})`,
        ],
      })),
    );
  }
}

async function sessionLog(w: PdfWriter, c: CaseSummary): Promise<void> {
  w.section('Session log', `${c.sessions.length} sessions, oldest first; ratings keyed to the goal table`);
  if (!c.sessions.length) return w.paragraph('No sessions in this period.', { colour: STYLE.muted });
  const columns = [
    { header: 'Date', width: 56 },
    { header: 'Min', width: 22, align: 'right' as const },
    { header: 'Type', width: 84 },
    { header: 'Attendance', width: 52 },
    { header: 'Goal ratings', width: 152 },
    { header: 'Approaches', width: 93 },
    { header: 'Signed', width: 36 },
  ];
  // In blocks, letting other requests run in between: each block is laid out synchronously by pdfkit.
  const BLOCK = 40;
  for (let i = 0; i < c.sessions.length; i += BLOCK) {
    w.table(
      columns,
      c.sessions.slice(i, i + BLOCK).map((s) => sessionRow(c, s)),
      { continued: i > 0, first: i, gap: 0 },
    );
    await nextTurn();
  }
  w.y += 8;
}

/** Lets other requests run between blocks of a long layout. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function sessionRow(c: CaseSummary, s: SummarySession): Row {
  const detail: Row['detail'] = [];
  if (s.summary) detail.push({ label: 'Summary:', text: s.summary });
  if (s.plan) detail.push({ label: 'Plan:', text: s.plan });
  const comments = s.goalRatings.filter((x) => x.comment).map((r) => `${f.goalKey(c, r.goalId)} (${r.rating}) ${r.comment}`);
  if (comments.length) detail.push({ label: comments.length > 1 ? 'Rating comments:' : 'Rating comment:', text: comments.join('  ·  ') });
  for (const a of s.addenda) detail.push({ label: `Addendum, ${a.authorName}, ${f.day(a.createdAt)}:`, text: a.text });
  const cosigned = cosignLine(s, f.day);
  if (cosigned) detail.push({ label: 'Supervision:', text: cosigned });
  return {
    cells: [
      f.day(s.date),
      String(s.durationMinutes),
      `${f.MODALITY_LABELS[s.modality]}, ${f.SETTING_LABELS[s.setting].toLowerCase()}`,
      f.ATTENDANCE_LABELS[s.attendance],
      f.ratingsLine(c, s.goalRatings) || '—',
      [...new Set(s.interventions.map((n) => SHORT_APPROACH[n.approach]))].join(', ') || '—',
      signatureStatus(s),
    ],
    detail,
  };
}

async function interventionNotes(w: PdfWriter, c: CaseSummary): Promise<void> {
  const groups = notesByApproach(c)
    .map((g) => ({ ...g, notes: g.notes.filter((n) => n.note || n.techniques.length) }))
    .filter((g) => g.notes.length);
  w.section('Intervention notes by approach', 'Oldest first within each approach');
  if (!groups.length) return w.paragraph('No intervention notes in this period.', { colour: STYLE.muted });
  for (const g of groups) {
    w.subheading(`${APPROACH_INFO[g.approach].label} (${g.notes.length})`, APPROACH_INFO[g.approach].colour);
    for (const [k, n] of g.notes.entries()) {
      if (k % 40 === 39) await nextTurn();
      w.ensure(n.note ? 36 : 12);
      w.font('bold', 8.3, STYLE.ink).at(f.day(n.date), w.left + 13, w.y);
      if (n.techniques.length)
        w.font('italic', 8.3, STYLE.muted).at(n.techniques.join(', '), w.left + 78, w.y, { width: w.width - 78, ellipsis: true });
      w.y += 11;
      if (n.note) w.paragraph(n.note, { size: 8.5, indent: 13, gap: 0 });
      w.y += 5;
    }
  }
}

/** Running header (from page 2), and on every page "Confidential" and "Page n of m". */
function furniture(w: PdfWriter, c: CaseSummary): void {
  const doc = w.doc;
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = 0; i < total; i++) {
    doc.switchToPage(range.start + i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - STYLE.margin.bottom + 22;
    doc
      .moveTo(w.left, footerY - 7)
      .lineTo(w.left + w.width, footerY - 7)
      .lineWidth(0.4)
      .strokeColor(STYLE.rule)
      .stroke();
    w.font('bold', 7.2, STYLE.alert).at('Confidential', w.left, footerY);
    w.font('regular', 7.2, STYLE.muted).at(
      ` · case summary of ${clientName(c.client)} · produced ${f.day(c.producedAt)} by ${c.practice.name}`,
      w.left + 44,
      footerY,
      { width: w.width - 120, ellipsis: true },
    );
    w.font('regular', 7.2, STYLE.muted).at(`Page ${i + 1} of ${total}`, w.left, footerY, { width: w.width, align: 'right' });
    if (i > 0) {
      const headerY = STYLE.margin.top - 30;
      w.font('bold', 7.2, STYLE.ink).at(`Case summary: ${clientName(c.client)}`, w.left, headerY);
      w.font('regular', 7.2, STYLE.muted).at(`Date of birth ${f.day(c.client.dateOfBirth)} · ${f.periodLine(c)}`, w.left + 170, headerY, {
        width: w.width - 250,
      });
      w.font('bold', 7.2, STYLE.alert).at('CONFIDENTIAL', w.left, headerY, { width: w.width, align: 'right', characterSpacing: 1 });
      doc
        .moveTo(w.left, headerY + 12)
        .lineTo(w.left + w.width, headerY + 12)
        .lineWidth(0.4)
        .strokeColor(STYLE.rule)
        .stroke();
    }
    doc.page.margins.bottom = bottomMargin;
  }
}
