import { createHash } from 'node:crypto';
import { APPROACH_INFO, GOAL_DOMAIN_LABELS, GoalStatus, INSTRUMENTS, InstrumentCode } from '@securebase/shared';
import { CaseSummary, clientName, SummaryMeasure, SummarySession } from './case-summary';
import { bandLabel, MODALITY_LABELS, scaleName } from './summary-format';

// Our own code systems and extensions: SecureBase's vocabulary has no standard code system, so these URIs are ours
// (https://securebase.example is the project's placeholder domain, not a published HL7 or third-party system).
export const SB_FHIR = 'https://securebase.example/fhir';
export const APPROACH_SYSTEM = `${SB_FHIR}/CodeSystem/approach`;
const GOAL_DOMAIN_SYSTEM = `${SB_FHIR}/CodeSystem/goal-domain`;
const MODALITY_SYSTEM = `${SB_FHIR}/CodeSystem/session-modality`;
const SCALE_SYSTEM = `${SB_FHIR}/CodeSystem/questionnaire-scale`;
const BAND_SYSTEM = `${SB_FHIR}/CodeSystem/score-band`;
const OBSERVATION_SYSTEM = `${SB_FHIR}/CodeSystem/observation`;
const CLIENT_ID_SYSTEM = `${SB_FHIR}/sid/client`;
const ATTENDANCE_EXTENSION = `${SB_FHIR}/StructureDefinition/attendance`;
const TECHNIQUE_EXTENSION = `${SB_FHIR}/StructureDefinition/technique`;
const TARGETS_GOAL_EXTENSION = `${SB_FHIR}/StructureDefinition/targets-goal`;
const BASELINE_EXTENSION = `${SB_FHIR}/StructureDefinition/goal-baseline`;

// LOINC codes for the totals that have one (source: loinc.org, https://loinc.org/44261-6/ and https://loinc.org/70274-6/).
// RSES, ECR-R and ECR-RS scores are coded in our own system only.
const LOINC = 'http://loinc.org';
const LOINC_CODES: Partial<Record<string, { code: string; display: string }>> = {
  'phq9.total': { code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
  'gad7.total': { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
};

const HL7 = 'http://terminology.hl7.org/CodeSystem';
const SURVEY = { coding: [{ system: `${HL7}/observation-category`, code: 'survey', display: 'Survey' }] };
const UCUM = 'http://unitsofmeasure.org';

const GOAL_LIFECYCLE: Record<GoalStatus, string> = { active: 'active', achieved: 'completed', paused: 'on-hold', discontinued: 'cancelled' };

type Resource = Record<string, unknown> & { resourceType: string; id: string };

/** An R4 Bundle of type collection: the case as resources, references as urn:uuid full URLs within the bundle. */
export function buildFhirBundle(c: CaseSummary): Record<string, unknown> {
  const resources: Resource[] = [];
  const ref = (id: string) => ({ reference: `urn:uuid:${id}` });
  const patient = ref(c.client.id);
  const sessionById = new Map(c.sessions.map((s) => [s.id, s]));

  resources.push({ resourceType: 'Organization', id: c.practice.id, active: true, name: c.practice.name });
  resources.push({
    resourceType: 'Patient',
    id: c.client.id,
    identifier: [{ system: CLIENT_ID_SYSTEM, value: c.client.id }],
    active: c.client.status === 'active',
    name: [
      { use: 'official', text: clientName(c.client), family: c.client.lastName, given: [c.client.firstName] },
      ...(c.client.preferredName ? [{ use: 'usual', given: [c.client.preferredName] }] : []),
    ],
    ...(c.client.dateOfBirth ? { birthDate: c.client.dateOfBirth } : {}),
    generalPractitioner: [ref(c.clinician.id)],
    managingOrganization: ref(c.practice.id),
  });
  for (const p of c.practitioners) resources.push({ resourceType: 'Practitioner', id: p.id, active: true, name: [{ text: p.name }] });
  // Supervisors who co-signed but wrote no session of their own in the period.
  const listed = new Set(c.practitioners.map((p) => p.id));
  for (const s of c.sessions) {
    if (s.cosigner && !listed.has(s.cosigner.id)) {
      listed.add(s.cosigner.id);
      resources.push({ resourceType: 'Practitioner', id: s.cosigner.id, active: true, name: [{ text: s.cosigner.name }] });
    }
  }
  // The course of care: intake to discharge.
  resources.push({
    resourceType: 'EpisodeOfCare',
    id: stableUuid('episode', c.client.id),
    status: c.client.status === 'discharged' ? 'finished' : 'active',
    patient,
    managingOrganization: ref(c.practice.id),
    period: { start: c.client.intakeDate, ...(c.client.dischargedOn ? { end: c.client.dischargedOn } : {}) },
    careManager: ref(c.clinician.id),
  });

  for (const g of c.goals) {
    resources.push({
      resourceType: 'Goal',
      id: g.id,
      lifecycleStatus: GOAL_LIFECYCLE[g.status],
      ...(g.status === 'achieved'
        ? { achievementStatus: { coding: [{ system: `${HL7}/goal-achievement`, code: 'achieved', display: 'Achieved' }] } }
        : {}),
      category: [{ coding: [{ system: GOAL_DOMAIN_SYSTEM, code: g.domain, display: GOAL_DOMAIN_LABELS[g.domain] }] }],
      description: { text: g.title },
      subject: patient,
      ...(g.startedOn ? { startDate: g.startedOn } : {}),
      target: [{ measure: goalRatingCode(), detailInteger: g.target }],
      ...(g.achievedOn ? { statusDate: g.achievedOn } : {}),
      extension: [{ url: BASELINE_EXTENSION, valueInteger: g.baseline }],
      ...(g.description ? { note: [{ text: g.description }] } : {}),
    });
  }

  // The client's own ratings: the Patient is the performer, which tells them apart from the clinician's.
  for (const g of c.goals) {
    for (const p of g.clientPoints) {
      resources.push({
        resourceType: 'Observation',
        id: stableUuid('client-goal-rating', p.invitationId, g.id),
        status: 'final',
        code: goalRatingCode(),
        subject: patient,
        focus: [ref(g.id)],
        effectiveDateTime: p.date,
        performer: [patient],
        valueInteger: p.rating,
      });
    }
  }

  for (const s of c.sessions) {
    resources.push(encounter(s, c, ref));
    if (s.cosigner && s.cosignedAt) resources.push(cosignature(s, s.cosigner.id, s.cosignedAt, ref));
    const status = s.status === 'signed' ? 'final' : 'preliminary';
    for (const r of s.goalRatings) {
      resources.push({
        resourceType: 'Observation',
        id: stableUuid('goal-rating', s.id, r.goalId),
        status,
        code: goalRatingCode(),
        subject: patient,
        focus: [ref(r.goalId)],
        encounter: ref(s.id),
        effectiveDateTime: s.startedAt,
        performer: [ref(s.clinicianId)],
        valueInteger: r.rating,
        ...(r.comment ? { note: [{ text: r.comment }] } : {}),
      });
    }
    for (const n of s.interventions) {
      const info = APPROACH_INFO[n.approach];
      resources.push({
        resourceType: 'Procedure',
        id: n.id,
        status: 'completed',
        code: { coding: [{ system: APPROACH_SYSTEM, code: n.approach, display: info.label }], text: info.label },
        subject: patient,
        encounter: ref(s.id),
        performedDateTime: s.startedAt,
        performer: [{ actor: ref(s.clinicianId) }],
        extension: [
          ...n.techniques.map((t) => ({ url: TECHNIQUE_EXTENSION, valueString: t })),
          ...n.goalIds.map((id) => ({ url: TARGETS_GOAL_EXTENSION, valueReference: ref(id) })),
        ],
        ...(n.note ? { note: [{ text: n.note }] } : {}),
      });
    }
    if (s.summary || s.plan || s.addenda.length) {
      resources.push({
        resourceType: 'ClinicalImpression',
        id: stableUuid('session-notes', s.id),
        status: s.status === 'signed' ? 'completed' : 'in-progress',
        description: 'Session summary and plan',
        subject: patient,
        encounter: ref(s.id),
        effectiveDateTime: s.startedAt,
        assessor: ref(s.clinicianId),
        ...(s.summary ? { summary: s.summary } : {}),
        note: [
          ...(s.plan ? [{ text: `Plan: ${s.plan}` }] : []),
          ...s.addenda.map((a) => ({ authorString: a.authorName, time: a.createdAt, text: `Addendum: ${a.text}` })),
        ],
      });
    }
  }

  for (const m of c.measures)
    resources.push(...measureObservations(m, patient, m.sessionId && sessionById.has(m.sessionId) ? ref(m.sessionId) : null));

  for (const r of resources) if (Array.isArray(r.extension) && !r.extension.length) delete r.extension;
  for (const r of resources) if (Array.isArray(r.note) && !r.note.length) delete r.note;
  return {
    resourceType: 'Bundle',
    id: stableUuid('bundle', c.client.id, c.producedAt),
    type: 'collection',
    timestamp: c.producedAt,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}

export function renderFhir(c: CaseSummary): Buffer {
  return Buffer.from(JSON.stringify(buildFhirBundle(c)), 'utf8');
}

function encounter(s: SummarySession, c: CaseSummary, ref: (id: string) => { reference: string }): Resource {
  const end = new Date(new Date(s.startedAt).getTime() + s.durationMinutes * 60_000).toISOString();
  return {
    resourceType: 'Encounter',
    id: s.id,
    // R4 Encounter has no "no-show": both cancelled and no-show are `cancelled`, the extension tells them apart.
    status: s.attendance === 'attended' ? 'finished' : 'cancelled',
    extension: [{ url: ATTENDANCE_EXTENSION, valueCode: s.attendance }],
    class:
      s.setting === 'telehealth'
        ? { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' }
        : { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    type: [
      {
        coding: [{ system: MODALITY_SYSTEM, code: s.modality, display: MODALITY_LABELS[s.modality] }],
        text: `${MODALITY_LABELS[s.modality]} therapy session`,
      },
    ],
    subject: ref(c.client.id),
    participant: [
      { individual: ref(s.clinicianId) },
      // The supervisor took part by co-signing the note, not by seeing the client.
      ...(s.cosigner ? [{ type: [{ text: 'Co-signing supervisor' }], individual: ref(s.cosigner.id) }] : []),
    ],
    period: { start: s.startedAt, end },
    length: { value: s.durationMinutes, unit: 'min', system: UCUM, code: 'min' },
    serviceProvider: ref(c.practice.id),
  };
}

/** The co-signature as R4 Provenance: the author signed the session, the supervisor verified it on cosignedAt. */
function cosignature(s: SummarySession, cosignerId: string, cosignedAt: string, ref: (id: string) => { reference: string }): Resource {
  const role = (code: string, display: string) => ({ coding: [{ system: `${HL7}/provenance-participant-type`, code, display }] });
  return {
    resourceType: 'Provenance',
    id: stableUuid('cosignature', s.id),
    target: [ref(s.id)],
    recorded: cosignedAt,
    agent: [
      { type: role('author', 'Author'), who: ref(s.clinicianId) },
      { type: role('verifier', 'Verifier'), who: ref(cosignerId) },
    ],
  };
}

function goalRatingCode() {
  return { coding: [{ system: OBSERVATION_SYSTEM, code: 'goal-rating', display: 'Goal rating (0-10)' }], text: 'Goal rating (0-10)' };
}

function measureObservations(m: SummaryMeasure, subject: { reference: string }, encounter: { reference: string } | null): Resource[] {
  const def = INSTRUMENTS[m.instrument as InstrumentCode];
  return def.scales
    .filter((scale) => typeof m.scores[scale.code] === 'number')
    .map((scale) => {
      const key = `${m.instrument}.${scale.code}`;
      const loinc = LOINC_CODES[key];
      const name = scaleName(m.instrument, scale.code);
      const band = def.bandScale === scale.code ? m.band : null;
      return {
        resourceType: 'Observation',
        id: stableUuid('measure', m.id, scale.code),
        status: 'final',
        category: [SURVEY],
        code: {
          coding: [...(loinc ? [{ system: LOINC, ...loinc }] : []), { system: SCALE_SYSTEM, code: key, display: name }],
          text: name,
        },
        subject,
        ...(encounter ? { encounter } : {}),
        effectiveDateTime: m.administeredOn,
        valueQuantity: { value: m.scores[scale.code], unit: '{score}', system: UCUM, code: '{score}' },
        ...(band
          ? {
              interpretation: [
                {
                  coding: [{ system: BAND_SYSTEM, code: `${m.instrument}.${band}`, display: bandLabel(m.instrument, band) }],
                  text: bandLabel(m.instrument, band),
                },
              ],
            }
          : {}),
      };
    });
}

/** A UUID (version 5 layout) derived from its parts, so re-exporting the same record gives the same resource id. */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
