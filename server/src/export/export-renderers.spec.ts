import { parse as parseCsv } from 'csv-parse/sync';
import { measureSeries } from '../progress/measure-series';
import { approachFacts, CaseSummary, withoutNotes } from './case-summary';
import { pdfSafe } from './pdf-writer';
import { csvField, renderCsv } from './render-csv';
import { buildFhirBundle, stableUuid } from './render-fhir';
import { renderMarkdown } from './render-markdown';
import { verdictLabel } from './summary-format';
import type { MeasureSeriesDto } from '../progress/dto/progress.dto';

const NOTE = 'NOTEMARK said "no", then, after a pause,\r\n# not a heading\n- not a list';

function fixture(): CaseSummary {
  const measures = [
    {
      id: 'a0000000-0000-4000-8000-000000000001',
      instrument: 'phq9' as const,
      administeredOn: '2026-01-12',
      scores: { total: 17 },
      band: 'moderately_severe',
      flags: ['safety_item'],
      sessionId: null,
    },
    {
      id: 'a0000000-0000-4000-8000-000000000002',
      instrument: 'phq9' as const,
      administeredOn: '2026-02-09',
      scores: { total: 4 },
      band: 'minimal',
      flags: [],
      sessionId: null,
    },
  ];
  return {
    producedAt: '2026-03-01T10:00:00.000Z',
    requested: { from: null, to: null },
    period: { from: '2026-01-05', to: '2026-03-01' },
    includeNotes: true,
    practice: { id: 'b0000000-0000-4000-8000-000000000001', name: 'Harbour Psychology' },
    client: {
      id: 'c0000000-0000-4000-8000-000000000001',
      firstName: 'Zoë',
      lastName: 'Łukasik',
      preferredName: null,
      dateOfBirth: '1991-06-14',
      pronouns: null,
      attachmentStyle: 'anxious',
      presentingPatterns: [],
      intakeDate: '2026-01-05',
      status: 'discharged',
      dischargedOn: '2026-03-01',
      dischargeReason: 'DISCHARGEMARK moved',
    },
    clinician: { id: 'd0000000-0000-4000-8000-000000000001', name: 'Clara Jensen' },
    practitioners: [{ id: 'd0000000-0000-4000-8000-000000000001', name: 'Clara Jensen' }],
    goals: [
      {
        id: 'e0000000-0000-4000-8000-000000000001',
        key: 'G1',
        title: 'Say no, without guilt',
        domain: 'boundary_setting',
        status: 'active',
        baseline: 2,
        target: 8,
        startedOn: '2026-01-05',
        achievedOn: null,
        description: 'DESCRIPTIONMARK',
        points: [{ date: '2026-01-12', rating: 3, sessionId: 'f0000000-0000-4000-8000-000000000001', comment: 'COMMENTMARK' }],
        clientPoints: [],
      },
    ],
    sessions: [
      {
        id: 'f0000000-0000-4000-8000-000000000001',
        startedAt: '2026-01-12T15:00:00.000Z',
        date: '2026-01-12',
        durationMinutes: 50,
        modality: 'individual',
        setting: 'in_person',
        attendance: 'attended',
        status: 'signed',
        signedAt: '2026-01-12T16:00:00.000Z',
        cosigner: null,
        cosignedAt: null,
        clinicianId: 'd0000000-0000-4000-8000-000000000001',
        summary: 'SUMMARYMARK',
        plan: 'PLANMARK',
        goalRatings: [{ goalId: 'e0000000-0000-4000-8000-000000000001', rating: 3, comment: 'COMMENTMARK' }],
        patterns: [{ pattern: 'reassurance_seeking', intensity: 2 }],
        interventions: [
          {
            id: 'a1000000-0000-4000-8000-000000000001',
            approach: 'eft',
            techniques: ['Heightening', 'TECHNIQUEMARK letter'],
            note: NOTE,
            goalIds: [],
          },
        ],
        addenda: [
          { id: 'a2000000-0000-4000-8000-000000000001', authorName: 'Clara Jensen', createdAt: '2026-01-13T09:00:00.000Z', text: 'ADDENDUMMARK' },
        ],
      },
    ],
    measures,
    series: measureSeries(measures).measures,
    attendance: { attended: 1, cancelled: 0, noShow: 0 },
  };
}

const MARKS = ['NOTEMARK', 'SUMMARYMARK', 'PLANMARK', 'COMMENTMARK', 'ADDENDUMMARK', 'DESCRIPTIONMARK', 'DISCHARGEMARK', 'TECHNIQUEMARK'];

describe('withoutNotes', () => {
  it('removes every piece of free text and keeps the structured record', () => {
    const full = JSON.stringify(fixture());
    for (const mark of MARKS) expect(full).toContain(mark);
    const bare = withoutNotes(fixture());
    const text = JSON.stringify(bare);
    for (const mark of MARKS) expect(text).not.toContain(mark);
    expect(bare.includeNotes).toBe(false);
    expect(bare.sessions[0].goalRatings[0].rating).toBe(3);
    // Techniques from the suggested list are vocabulary, not notes (matched regardless of case).
    expect(bare.sessions[0].interventions[0].techniques).toEqual(['Heightening']);
    expect(approachFacts(bare)).toEqual([{ approach: 'eft', count: 1, techniques: 'Heightening' }]);
  });
});

describe('verdictLabel', () => {
  const series = (points: number, reliableChange: MeasureSeriesDto['reliableChange']): MeasureSeriesDto => ({
    instrument: 'ecr_r',
    scale: 'anxiety',
    points: Array.from({ length: points }, (_, i) => ({ date: `2026-0${i + 1}-01`, score: 4, band: null, flags: [] })),
    reliableChange,
  });

  it('says why there is no verdict: one score, or no confirmed figures', () => {
    expect(verdictLabel(series(1, null))).toBe('One score only');
    expect(verdictLabel(series(2, null))).toBe('No verdict (SD and test–retest r not confirmed)');
    expect(verdictLabel(series(2, { from: 14, to: 5, rci: -4.29, verdict: 'improved' }))).toBe('Reliably improved');
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes exactly the fields that need it and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(7)).toBe('7');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
  });

  it('keeps a note that looks like a formula from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1 felt better')).toBe("'+1 felt better");
    expect(csvField('-2 since last week')).toBe("'-2 since last week");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tindented')).toBe("'\tindented");
    // Numbers are numbers, and text with a formula character later on is left alone.
    expect(csvField(-3)).toBe('-3');
    expect(csvField('rated 2 = better')).toBe('rated 2 = better');
  });

  it('survives a round trip through a real CSV parser, CRLF between records, BOM first', () => {
    const buf = renderCsv(fixture());
    expect(buf.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = buf.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(buf, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0].intervention_notes).toBe(`[eft] ${NOTE}`);
    expect(rows[0]['G1 rating: Say no, without guilt']).toBe('3');
    expect(rows[0]['G1 comment']).toBe('COMMENTMARK');
  });
});

/** The fixture's session written by a trainee and co-signed by their supervisor, who wrote no session of their own. */
function cosigned(): CaseSummary {
  const c = fixture();
  c.sessions[0].cosigner = { id: 'd0000000-0000-4000-8000-000000000002', name: 'Sam Okafor' };
  c.sessions[0].cosignedAt = '2026-01-14T09:30:00.000Z';
  return c;
}

describe('a co-signed session', () => {
  it('says who co-signed and on which day in Markdown, with or without notes', () => {
    for (const c of [cosigned(), withoutNotes(cosigned())]) {
      expect(renderMarkdown(c).toString('utf8')).toContain('| Co-signed by Sam Okafor on 14 Jan 2026 |');
    }
    expect(renderMarkdown(fixture()).toString('utf8')).not.toContain('Co-signed');
  });

  it('has a column for the co-signer in CSV, empty when nobody co-signed', () => {
    const [row] = parseCsv(renderCsv(cosigned()), { bom: true, columns: true }) as Record<string, string>[];
    expect(row.cosigned_by).toBe('Sam Okafor');
    expect(row.cosigned_at).toBe('2026-01-14T09:30:00.000Z');
    const [plain] = parseCsv(renderCsv(fixture()), { bom: true, columns: true }) as Record<string, string>[];
    expect(plain.cosigned_by).toBe('');
  });

  it('is a Provenance in FHIR, with the supervisor as verifier and an Encounter participant', () => {
    const bundle = buildFhirBundle(cosigned()) as { entry: { resource: Record<string, unknown> & { resourceType: string } }[] };
    const of = (type: string): unknown[] => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
    const [provenance] = of('Provenance') as {
      recorded: string;
      target: unknown[];
      agent: { type: { coding: { code: string }[] }; who: { reference: string } }[];
    }[];
    expect(provenance.recorded).toBe('2026-01-14T09:30:00.000Z');
    expect(provenance.target).toEqual([{ reference: 'urn:uuid:f0000000-0000-4000-8000-000000000001' }]);
    expect(provenance.agent.map((a) => [a.type.coding[0].code, a.who.reference])).toEqual([
      ['author', 'urn:uuid:d0000000-0000-4000-8000-000000000001'],
      ['verifier', 'urn:uuid:d0000000-0000-4000-8000-000000000002'],
    ]);
    const [encounter] = of('Encounter') as { participant: { individual: { reference: string } }[] }[];
    expect(encounter.participant.map((p) => p.individual.reference)).toContain('urn:uuid:d0000000-0000-4000-8000-000000000002');
    expect((of('Practitioner') as { id: string }[]).map((p) => p.id)).toContain('d0000000-0000-4000-8000-000000000002');
    expect(of('Provenance')).toHaveLength(1);
    expect(
      (buildFhirBundle(fixture()) as { entry: { resource: { resourceType: string } }[] }).entry.some((e) => e.resource.resourceType === 'Provenance'),
    ).toBe(false);
  });
});

/** The fixture with two ratings the client gave goal G1 through questionnaire links. */
function selfRated(): CaseSummary {
  const c = fixture();
  c.goals[0].clientPoints = [
    { date: '2026-01-20', rating: 4, invitationId: 'b1000000-0000-4000-8000-000000000001' },
    { date: '2026-02-03', rating: 6, invitationId: 'b1000000-0000-4000-8000-000000000002' },
  ];
  return c;
}

describe("the client's own goal ratings", () => {
  it('are listed per goal in Markdown, apart from the clinician’s', () => {
    const md = renderMarkdown(selfRated()).toString('utf8');
    expect(md).toMatch(/G1 rated by the client:\*\* 4 \(.*20.*\), 6 \(.*3.*\)/);
    expect(renderMarkdown(fixture()).toString('utf8')).not.toContain('rated by the client');
  });

  it('are rows of their own in CSV, the rating in the goal’s column', () => {
    const rows = parseCsv(renderCsv(selfRated()), { bom: true, columns: true }) as Record<string, string>[];
    const own = rows.filter((r) => r.status === 'client_rating');
    expect(own.map((r) => [r.date, r['G1 rating: Say no, without guilt'], r.attendance])).toEqual([
      ['2026-01-20', '4', ''],
      ['2026-02-03', '6', ''],
    ]);
    expect(rows.filter((r) => r.status !== 'client_rating')).toHaveLength(1);
  });

  it('are Observations in FHIR with the Patient as performer', () => {
    const bundle = buildFhirBundle(selfRated()) as { entry: { resource: Record<string, unknown> & { resourceType: string } }[] };
    const ratings = bundle.entry
      .map((e) => e.resource)
      .filter(
        (r) =>
          r.resourceType === 'Observation' &&
          (r.performer as { reference?: string }[] | undefined)?.[0]?.reference?.endsWith('c0000000-0000-4000-8000-000000000001'),
      ) as unknown as { valueInteger: number; effectiveDateTime: string; focus: { reference: string }[] }[];
    expect(ratings.map((r) => [r.effectiveDateTime, r.valueInteger])).toEqual([
      ['2026-01-20', 4],
      ['2026-02-03', 6],
    ]);
    expect(ratings[0].focus).toEqual([{ reference: 'urn:uuid:e0000000-0000-4000-8000-000000000001' }]);
  });
});

describe('Markdown', () => {
  it('escapes what would become markup in free text, and names the period and the flags', () => {
    const md = renderMarkdown(fixture()).toString('utf8');
    expect(md).toContain('- **Client:** Zoë Łukasik');
    expect(md).toContain('**Flag:** PHQ-9 on 12 Jan 2026');
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('\\- not a list');
    expect(md).not.toMatch(/^# not a heading/m);
    expect(md).toContain('Reliably improved');
  });
});

describe('FHIR', () => {
  it('derives stable, well-formed UUIDs', () => {
    const id = stableUuid('goal-rating', 'a', 'b');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('goal-rating', 'a', 'b')).toBe(id);
    expect(stableUuid('goal-rating', 'ab', '')).not.toBe(id);
  });

  it('references only resources inside the bundle', () => {
    const bundle = buildFhirBundle(fixture()) as { entry: { fullUrl: string; resource: Record<string, unknown> }[] };
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    const refs = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(urls).toContain(r.slice(13, -1));
  });
});

describe('pdfSafe', () => {
  it('keeps WinAnsi text and spells the rest in the nearest WinAnsi form', () => {
    expect(pdfSafe('Zoë “no” – café € …')).toBe('Zoë “no” – café € …');
    expect(pdfSafe('Łukasik → ≥ 3 − 1')).toBe('Lukasik -> >= 3 - 1');
    expect(pdfSafe('Dvořák, Nguyễn')).toBe('Dvorák, Nguyen');
    expect(pdfSafe('日本 😀')).toBe('?? ?');
    expect(pdfSafe('a\r\nb\tc')).toBe('a\nb    c');
  });
});
