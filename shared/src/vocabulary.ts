// The clinical vocabulary (docs/product.md, "Vocabulary"): fixed codes, our own labels.
// One list per concept; the server validates against these and the browser renders them.

export const ROLES = ['clinician', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ATTACHMENT_STYLES = ['secure', 'anxious', 'avoidant', 'disorganized', 'unassessed'] as const;
export type AttachmentStyle = (typeof ATTACHMENT_STYLES)[number];
export const ATTACHMENT_STYLE_LABELS: Record<AttachmentStyle, string> = {
  secure: 'Secure',
  anxious: 'Anxious',
  avoidant: 'Avoidant',
  disorganized: 'Disorganized',
  unassessed: 'Not yet assessed',
};

export const PRESENTING_PATTERNS = [
  'fear_of_abandonment',
  'reassurance_seeking',
  'emotional_volatility',
  'difficulty_expressing_feelings',
  'over_reliance_on_partner',
  'low_self_worth',
  'rushing_into_relationships',
  'fear_of_independence',
] as const;
export type PresentingPattern = (typeof PRESENTING_PATTERNS)[number];
export const PRESENTING_PATTERN_LABELS: Record<PresentingPattern, string> = {
  fear_of_abandonment: 'Fear of abandonment',
  reassurance_seeking: 'Reassurance seeking',
  emotional_volatility: 'Emotional volatility',
  difficulty_expressing_feelings: 'Difficulty expressing feelings',
  over_reliance_on_partner: 'Over-reliance on partner',
  low_self_worth: 'Low self-worth',
  rushing_into_relationships: 'Rushing into relationships',
  fear_of_independence: 'Fear of independence',
};

export const GOAL_DOMAINS = [
  'self_awareness',
  'emotional_regulation',
  'communication',
  'boundary_setting',
  'self_esteem',
  'secure_attachment',
  'other',
] as const;
export type GoalDomain = (typeof GOAL_DOMAINS)[number];
export const GOAL_DOMAIN_LABELS: Record<GoalDomain, string> = {
  self_awareness: 'Self-awareness',
  emotional_regulation: 'Emotional regulation',
  communication: 'Communication',
  boundary_setting: 'Boundary setting',
  self_esteem: 'Self-esteem',
  secure_attachment: 'Secure attachment',
  other: 'Other',
};

export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'discontinued'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  paused: 'Paused',
  discontinued: 'Discontinued',
};

export const APPROACHES = ['attachment_based', 'eft', 'mbct', 'cbt', 'ipt', 'group', 'schema', 'trauma_informed', 'other'] as const;
export type Approach = (typeof APPROACHES)[number];

export interface ApproachInfo {
  label: string;
  /** Okabe–Ito colour-blind-safe palette, fixed across every chart and badge (docs/screens.md, "Colour and type"). */
  colour: string;
  /** Suggested techniques; free text is always allowed too. */
  techniques: readonly string[];
}

export const APPROACH_INFO: Record<Approach, ApproachInfo> = {
  attachment_based: {
    label: 'Attachment-based',
    colour: '#0072B2',
    techniques: ['exploring early attachment experiences', 'secure-base work', 'mentalizing', 'rupture and repair'],
  },
  eft: {
    label: 'Emotionally Focused Therapy',
    colour: '#E69F00',
    techniques: ['tracking the negative cycle', 'accessing primary emotion', 'heightening', 'enactment'],
  },
  mbct: {
    label: 'Mindfulness / MBCT',
    colour: '#009E73',
    techniques: ['breathing space', 'body scan', 'decentering from thoughts', 'self-compassion practice'],
  },
  cbt: {
    label: 'Cognitive-Behavioral Therapy',
    colour: '#56B4E9',
    techniques: ['cognitive restructuring', 'thought record', 'behavioral experiment', 'tolerating uncertainty'],
  },
  ipt: {
    label: 'Interpersonal Therapy',
    colour: '#D55E00',
    techniques: ['interpersonal inventory', 'role dispute work', 'role transition', 'communication analysis', 'role-play'],
  },
  group: {
    label: 'Group therapy',
    colour: '#CC79A7',
    techniques: ['process group', 'psychoeducation group', 'interpersonal feedback'],
  },
  schema: {
    label: 'Schema Therapy',
    colour: '#F0E442',
    techniques: ['schema identification', 'imagery rescripting', 'chair work', 'limited reparenting', 'flashcards'],
  },
  trauma_informed: {
    label: 'Trauma-informed therapy',
    colour: '#000000',
    techniques: ['stabilization and grounding', 'window of tolerance', 'trauma narrative'],
  },
  other: { label: 'Other', colour: '#999999', techniques: [] },
};

export const MODALITIES = ['individual', 'couples', 'family', 'group'] as const;
export type Modality = (typeof MODALITIES)[number];

export const SETTINGS = ['in_person', 'telehealth'] as const;
export type Setting = (typeof SETTINGS)[number];

export const ATTENDANCES = ['attended', 'cancelled', 'no_show'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

// The words for the codes above, one set for the screens and the exports alike.
export const MODALITY_LABELS: Record<Modality, string> = {
  individual: 'Individual',
  couples: 'Couples',
  family: 'Family',
  group: 'Group',
};
export const SETTING_LABELS: Record<Setting, string> = { in_person: 'In person', telehealth: 'Telehealth' };
export const ATTENDANCE_LABELS: Record<Attendance, string> = { attended: 'Attended', cancelled: 'Cancelled', no_show: 'No-show' };

export const CLIENT_STATUSES = ['active', 'discharged'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

// pending_cosign: signed by a clinician who requires co-signature, waiting for their supervisor
// (docs/api.md, "Co-signature"); as read-only as a signed session.
export const SESSION_STATUSES = ['draft', 'pending_cosign', 'signed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const DASHBOARD_FLAGS = [
  'no_session_30_days',
  'reliably_worse',
  'safety_item',
  'unsigned_notes',
  'returned_notes',
  'awaiting_cosign',
  'new_results',
  'safety_alert',
  'measure_overdue',
] as const;
export type DashboardFlag = (typeof DASHBOARD_FLAGS)[number];

export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'read',
  'create',
  'update',
  'sign',
  'addendum',
  'export',
  'discharge',
  'cosign',
  'return',
  'invite',
  'void',
  'verify_failed',
  'submit',
  'review',
  'resolve',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who entered a questionnaire's answers: the clinician in the app, or the client through a link. */
export const MEASURE_SOURCES = ['clinician', 'client'] as const;
export type MeasureSource = (typeof MEASURE_SOURCES)[number];

/** Where a questionnaire link stands; a link locked by wrong dates of birth shows as `expired`. */
export const INVITATION_STATUSES = ['pending', 'opened', 'completed', 'expired', 'voided'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** How a link was sent: by hand from the client page, or by a measure plan. */
export const INVITATION_SOURCES = ['manual', 'schedule'] as const;
export type InvitationSource = (typeof INVITATION_SOURCES)[number];

/** A safety alert is opened by a PHQ-9 item 9 above 0 and stays open until resolved with a note. */
export const ALERT_STATUSES = ['open', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const ALERT_KINDS = ['safety_item'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
