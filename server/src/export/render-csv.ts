import { CaseSummary, practitionerName } from './case-summary';

/**
 * One row per session (oldest first): when, how long, what kind, attendance, one column per goal rating, the
 * approaches and patterns, and (with notes) the free text. Codes and ISO dates, for spreadsheets and scripts.
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, quote, CR or LF, quotes doubled inside.
 * Starts with a UTF-8 byte order mark so spreadsheet programs read names with accents correctly.
 * The client's own goal ratings (questionnaire links) follow as rows of their own, status `client_rating`, the rating in
 * that goal's column and no session fields, so the two series are never mixed in one cell.
 * Any text cell (notes, names, titles) that a spreadsheet would run as a formula (starting =, +, -, @, tab or CR) gets a leading apostrophe,
 * as OWASP's "CSV Injection" page advises: a note is never executed when a colleague opens the file. We chose this
 * over stripping the character, which would change what the clinician wrote.
 */
export function renderCsv(c: CaseSummary): Buffer {
  const head = ['date', 'started_at', 'duration_minutes', 'modality', 'setting', 'attendance', 'status', 'clinician', 'cosigned_by', 'cosigned_at'];
  for (const g of c.goals) {
    head.push(`${g.key} rating: ${g.title}`);
    if (c.includeNotes) head.push(`${g.key} comment`);
  }
  head.push('approaches', 'techniques', 'patterns');
  if (c.includeNotes) head.push('summary', 'plan', 'intervention_notes', 'addenda');

  const rows = c.sessions.map((s) => {
    const row: (string | number)[] = [
      s.date,
      s.startedAt,
      s.durationMinutes,
      s.modality,
      s.setting,
      s.attendance,
      s.status,
      practitionerName(c, s.clinicianId),
      s.cosigner?.name ?? '',
      s.cosignedAt ?? '',
    ];
    for (const g of c.goals) {
      const r = s.goalRatings.find((x) => x.goalId === g.id);
      row.push(r ? r.rating : '');
      if (c.includeNotes) row.push(r?.comment ?? '');
    }
    row.push(
      [...new Set(s.interventions.map((n) => n.approach))].join('; '),
      s.interventions.flatMap((n) => n.techniques.map((t) => `${n.approach}: ${t}`)).join('; '),
      s.patterns.map((p) => `${p.pattern}=${p.intensity}`).join('; '),
    );
    if (c.includeNotes) {
      row.push(
        s.summary ?? '',
        s.plan ?? '',
        s.interventions
          .filter((n) => n.note)
          .map((n) => `[${n.approach}] ${n.note}`)
          .join('\n\n'),
        s.addenda.map((a) => `[${a.createdAt} ${a.authorName}] ${a.text}`).join('\n\n'),
      );
    }
    return row;
  });
  for (const [i, g] of c.goals.entries()) {
    for (const p of g.clientPoints) {
      const row: (string | number)[] = [p.date, '', '', '', '', '', 'client_rating', '', '', ''];
      for (const [j] of c.goals.entries()) {
        row.push(i === j ? p.rating : '');
        if (c.includeNotes) row.push('');
      }
      row.push('', '', '');
      if (c.includeNotes) row.push('', '', '', '');
      rows.push(row);
    }
  }
  return Buffer.from('\uFEFF' + [head, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n', 'utf8');
}

export function csvField(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
