import type { Approach, GoalDomain, PresentingPattern } from '@securebase/shared';

// What the demo caseload's sessions say. Fictional, written for this app; no real client.

/** A tiny deterministic PRNG (mulberry32), so every fresh demo database tells the same story. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoGoal {
  domain: GoalDomain;
  title: string;
  baseline: number;
  target: number;
}

export const GOALS_BY_DOMAIN: Record<GoalDomain, DemoGoal> = {
  boundary_setting: { domain: 'boundary_setting', title: 'Say no to extra requests without apologising', baseline: 2, target: 8 },
  emotional_regulation: { domain: 'emotional_regulation', title: 'Wait 20 minutes before acting on the urge to text', baseline: 3, target: 8 },
  self_esteem: { domain: 'self_esteem', title: 'Notice and answer the inner critic', baseline: 2, target: 7 },
  communication: { domain: 'communication', title: 'Ask directly for what I need from my partner', baseline: 3, target: 8 },
  self_awareness: { domain: 'self_awareness', title: 'Name the feeling before the reaction', baseline: 4, target: 8 },
  secure_attachment: { domain: 'secure_attachment', title: 'Tolerate distance without assuming rejection', baseline: 2, target: 7 },
  other: { domain: 'other', title: 'Rebuild a weekly routine of my own', baseline: 3, target: 7 },
};

export const NOTES: Record<Approach, string[]> = {
  attachment_based: [
    'Linked the panic when a message goes unanswered to early experiences of unpredictable care. Client could hold both the old fear and the present evidence.',
    'Worked on a small rupture from last week: client noticed feeling dismissed when the session ended on time. Repair went well and was named as new experience.',
    'Used the therapy relationship as a secure base to explore leaving a work situation; client rehearsed what support would look like.',
  ],
  eft: [
    'Tracked the pursue–withdraw cycle around the weekend plans. Underneath the criticism was fear of not mattering; client named it aloud for the first time.',
    'Heightened the moment of loneliness after the argument and stayed with it. Client softened and described wanting reassurance rather than winning.',
    'Enactment rehearsal: client practised telling the partner about the fear instead of the complaint.',
  ],
  mbct: [
    'Three-step breathing space introduced for the spiral after unanswered calls. Client will practise twice daily and when the urge to check rises.',
    'Body scan in session; client located the anxiety as tightness in the chest and could observe it without acting on it.',
    'Decentering practice: thoughts about being left written as passing events rather than facts.',
  ],
  cbt: [
    'Thought record on "if they are quiet they are leaving": evidence for and against, alternative thought rated 60% believable.',
    'Planned a behavioural experiment: delay the reassurance text by one hour and record what actually happens.',
    'Reviewed the experiment: the feared outcome did not happen and anxiety fell from 80 to 35 within the hour.',
  ],
  ipt: [
    'Interpersonal inventory updated: the sister is a reliable support the client rarely uses. Role-played asking her for help.',
    'Role dispute with the partner about time apart; clarified expectations on both sides and where they are non-negotiable.',
    'Communication analysis of Tuesday\u2019s argument; identified the moment an indirect request turned into an accusation.',
  ],
  group: [
    'Group process: client gave and received feedback about over-apologising; noticed others experienced it as distancing.',
    'Psychoeducation group on attachment styles; client recognised their own pattern without shame.',
  ],
  schema: [
    'Identified the abandonment schema driving the urge to cling; flashcard drafted for the moments it is triggered.',
    'Chair work between the punitive inner voice and the vulnerable child part; client could speak up for the child side.',
    'Imagery rescripting of an early memory of being left at school; client added an adult who stayed.',
  ],
  trauma_informed: [
    'Stabilisation and grounding before exploring the breakup; stayed within the window of tolerance throughout.',
    'Mapped early signs of leaving the window of tolerance and agreed a grounding plan for the evenings.',
  ],
  other: ['Reviewed the week and the sleep diary; agreed small steps for the routine goal.'],
};

export const SUMMARIES = [
  'Client arrived anxious after a quiet weekend from the partner; settled during the session.',
  'A steadier week; client reports fewer checking behaviours and one successful boundary at work.',
  'Difficult week after a conflict with the partner; explored the fear underneath the anger.',
  'Client reflected on progress so far and on what still feels out of reach.',
  'Reviewed homework; practice was partial but the client noticed the urge earlier than before.',
  'Client described feeling more able to wait for replies without catastrophising.',
];

export const PLANS = [
  'Continue the breathing space practice; bring one thought record.',
  'Try the delayed-reply experiment twice this week.',
  'Notice moments of feeling secure and write them down.',
  'Practise one direct request to the partner; review next session.',
];

export interface ClientStory {
  goals: GoalDomain[];
  approaches: Approach[];
  patterns: PresentingPattern[];
  /** Change in mean rating over the course: positive improves, negative worsens. */
  trend: number;
  /** No sessions in the last N weeks (to show the "no session for 30 days" flag). */
  quietForWeeks?: number;
  /** Leave the latest session unsigned (to show the "unsigned notes" flag). */
  lastUnsigned?: boolean;
}
