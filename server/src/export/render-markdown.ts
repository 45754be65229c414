import { GOAL_DOMAIN_LABELS, INSTRUMENTS, InstrumentCode, PRESENTING_PATTERN_LABELS } from '@securebase/shared';
import {
  approachFacts,
  attendanceRate,
  CaseSummary,
  cosignLine,
  goalFacts,
  notesByApproach,
  patternFacts,
  practitionerName,
  signatureStatus,
} from './case-summary';
import * as f from './summary-format';

/** The PDF's content as CommonMark (GitHub tables), section for section. */
export function renderMarkdown(c: CaseSummary): Buffer {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const table = (head: string[], rows: string[][]) => {
    line(`| ${head.join(' | ')} |`);
    line(`| ${head.map(() => '---').join(' | ')} |`);
    for (const r of rows) line(`| ${r.map(cell).join(' | ')} |`);
    line();
  };

  line(`# Case summary: ${inline(f.clientLine(c))}`);
  line();
  line('**Confidential.** Contains personal health information; share only with people who need it for the client\u2019s care.');
  line();
  const facts: [string, string][] = [
    ['Client', f.clientLine(c)],
    ['Date of birth', f.day(c.client.dateOfBirth)],
    ['Clinician', c.clinician.name],
    ['Practice', c.practice.name],
    ['Period', f.periodLine(c)],
    ['Produced', f.day(c.producedAt)],
    ['Intake', f.day(c.client.intakeDate) + (c.client.dischargedOn ? `; discharged ${f.day(c.client.dischargedOn)}` : '')],
    ['Attachment style', f.attachmentLabel(c)],
    ['Presenting patterns', c.client.presentingPatterns.map((p) => PRESENTING_PATTERN_LABELS[p]).join(', ') || '—'],
    ['Notes', c.includeNotes ? 'Included' : 'Not included'],
  ];
  for (const [label, value] of facts) line(`- **${label}:** ${inline(value)}`);
  line();
  if (c.client.dischargeReason) para(out, c.client.dischargeReason, '**Discharge reason:**');

  line('## Goals');
  line();
  if (!c.goals.length) para(out, 'No goals recorded.');
  else {
    table(
      ['Key', 'Goal', 'Domain', 'Status', 'Baseline', 'Target', 'First rating', 'Latest rating', 'Change', 'Ratings'],
      c.goals.map((g) => {
        const x = goalFacts(g);
        const status = f.GOAL_STATUS_LABELS[g.status] + (g.achievedOn ? ` (${f.day(g.achievedOn)})` : '');
        return [
          g.key,
          g.title,
          GOAL_DOMAIN_LABELS[g.domain],
          status,
          String(g.baseline),
          String(g.target),
          x.first ? `${x.first.rating} (${f.day(x.first.date)})` : '—',
          x.latest ? `${x.latest.rating} (${f.day(x.latest.date)})` : '—',
          f.signed(x.change),
          String(g.points.length),
        ];
      }),
    );
    for (const g of c.goals.filter((x) => x.description)) para(out, g.description!, `**${g.key} description:**`);
    // The client's own ratings stay a series of their own, never mixed into the clinician's.
    for (const g of c.goals.filter((x) => x.clientPoints.length)) {
      para(out, g.clientPoints.map((p) => `${p.rating} (${f.day(p.date)})`).join(', '), `**${g.key} rated by the client:**`);
    }
  }

  line('## Questionnaires');
  line();
  if (!c.series.length) para(out, 'No questionnaires in this period.');
  else {
    table(
      ['Questionnaire', 'Completed', 'First', 'Latest', 'Band (latest)', 'RCI', 'Reliable change'],
      c.series.map((s) => {
        const first = s.points[0];
        const latest = s.points[s.points.length - 1];
        return [
          f.scaleName(s.instrument as InstrumentCode, s.scale),
          String(s.points.length),
          `${f.score(first.score)} (${f.day(first.date)})`,
          `${f.score(latest.score)} (${f.day(latest.date)})`,
          f.bandLabel(s.instrument as InstrumentCode, latest.band) || '—',
          s.reliableChange ? s.reliableChange.rci.toFixed(2) : '—',
          f.verdictLabel(s),
        ];
      }),
    );
    para(out, f.RELIABLE_CHANGE_NOTE);
    const flagged = c.measures.filter((m) => m.flags.length);
    for (const m of flagged)
      para(
        out,
        `${INSTRUMENTS[m.instrument].name} on ${f.day(m.administeredOn)}: ${m.flags.map((x) => f.flagLabel(m.instrument, x)).join('; ')}`,
        '**Flag:**',
      );
    table(
      ['Date', 'Questionnaire', 'Scores', 'Band'],
      c.measures.map((m) => [
        f.day(m.administeredOn),
        INSTRUMENTS[m.instrument].name,
        Object.entries(m.scores)
          .map(([k, v]) => `${k} ${f.score(v)}`)
          .join(', '),
        f.bandLabel(m.instrument, m.band) || '—',
      ]),
    );
  }

  line('## Attendance');
  line();
  const rate = attendanceRate(c.attendance);
  para(
    out,
    `Attended ${c.attendance.attended}, cancelled ${c.attendance.cancelled}, no-show ${c.attendance.noShow}` +
      (rate === null ? '.' : ` (${rate}% of scheduled sessions attended).`),
  );
  const approaches = notesByApproach(c);
  const approachRows = approachFacts(c);
  if (approachRows.length) {
    table(
      ['Approach', 'Interventions', 'Techniques'],
      approachRows.map((a) => [f.approachLabel(a.approach), String(a.count), a.techniques || '—']),
    );
  }
  const patterns = patternFacts(c);
  if (patterns.length) {
    table(
      ['Presenting pattern', 'Sessions observed', 'Mean intensity (0–3)', 'Latest'],
      patterns.map((p) => [
        PRESENTING_PATTERN_LABELS[p.pattern],
        String(p.sessions),
        p.meanIntensity.toFixed(1),
        `${p.latest.intensity} (${f.day(p.latest.date)})`,
      ]),
    );
  }

  line('## Session log');
  line();
  if (!c.sessions.length) para(out, 'No sessions in this period.');
  else {
    table(
      ['Date', 'Minutes', 'Type', 'Attendance', 'Goal ratings', 'Approaches', 'Clinician', 'Signed'],
      c.sessions.map((s) => [
        f.day(s.date),
        String(s.durationMinutes),
        `${f.MODALITY_LABELS[s.modality]}, ${f.SETTING_LABELS[s.setting]}`,
        f.ATTENDANCE_LABELS[s.attendance],
        f.ratingsLine(c, s.goalRatings) || '—',
        [...new Set(s.interventions.map((n) => f.approachLabel(n.approach)))].join(', ') || '—',
        practitionerName(c, s.clinicianId),
        cosignLine(s, f.day) ?? signatureStatus(s),
      ]),
    );
    const withText = c.sessions.filter((s) => s.summary || s.plan || s.addenda.length || s.goalRatings.some((r) => r.comment));
    if (withText.length) {
      line('### Session notes');
      line();
      for (const s of withText) {
        line(`#### ${f.day(s.date)}`);
        line();
        if (s.summary) para(out, s.summary, '**Summary:**');
        if (s.plan) para(out, s.plan, '**Plan:**');
        for (const r of s.goalRatings.filter((x) => x.comment)) para(out, r.comment!, `**${f.goalKey(c, r.goalId)} rating ${r.rating}:**`);
        for (const a of s.addenda) para(out, a.text, `**Addendum** (${inline(a.authorName)}, ${f.day(a.createdAt)}):`);
      }
    }
  }

  if (c.includeNotes) {
    line('## Intervention notes by approach');
    line();
    if (!approaches.length) para(out, 'No interventions in this period.');
    for (const group of approaches) {
      line(`### ${f.approachLabel(group.approach)} (${group.notes.length})`);
      line();
      for (const n of group.notes) {
        const techniques = n.techniques.length ? ` *${inline(n.techniques.join(', '))}*` : '';
        out.push(`- **${f.day(n.date)}**${techniques}${n.note ? `: ${block(n.note).replace(/\n/g, '\n  ')}` : ''}`);
      }
      line();
    }
  }
  line('---');
  line();
  line(`Confidential. Produced ${f.day(c.producedAt)} by SecureBase.`);
  return Buffer.from(out.join('\n') + '\n', 'utf8');
}

const MARKUP = /[\\`*_[\]<]/g;

/** One line of text with the characters that would turn a clinician's words into markup escaped. */
function inline(text: string): string {
  return text
    .replace(MARKUP, (ch) => `\\${ch}`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A table cell: inline text, and the pipe that would end the cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|') || ' ';
}

/** A free-text paragraph: markup escaped, lines kept (hard breaks), no line may start a heading, list or quote. */
function block(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) =>
      l
        .replace(MARKUP, (ch) => `\\${ch}`)
        .replace(/^(\s*)([#>=+-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');
}

/** A paragraph of free text (escaped), after an optional label the renderer wrote itself (markup kept). */
function para(out: string[], text: string, label?: string): void {
  out.push(label ? `${label} ${block(text)}` : block(text));
  out.push('');
}
