import type { AttachmentStyle, PresentingPattern, Role } from '@securebase/shared';
import type { MeasurePlan } from './demo-measures';
import type { ClientStory } from './demo-story';

// Fictional people. Any resemblance to real clients is accidental.
export const DEMO_PRACTICE = 'Demo Practice';
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_USERS: { email: string; displayName: string; role: Role; supervisedBy?: string }[] = [
  { email: 'admin@demo.test', displayName: 'Alex Admin', role: 'admin' },
  { email: 'sam@demo.test', displayName: 'Sam Okafor', role: 'supervisor' },
  { email: 'clara@demo.test', displayName: 'Clara Weiss', role: 'clinician', supervisedBy: 'sam@demo.test' },
  { email: 'omar@demo.test', displayName: 'Omar Haddad', role: 'clinician', supervisedBy: 'sam@demo.test' },
];

export const DEMO_ADMIN = 'admin@demo.test';

/** Omar's notes need Sam's co-signature: two recent sessions, one waiting and one returned with a comment. */
export const DEMO_TRAINEE = {
  email: 'omar@demo.test',
  supervisor: 'sam@demo.test',
  summaries: [
    'Reviewed the week; client noticed the urge to text for reassurance and waited ten minutes before deciding.',
    'Talked through the argument with her partner; she named feeling dismissed and stayed in the conversation.',
  ],
  plan: 'Keep the urge log; bring one example next week.',
  returnComment: 'Please name the technique you used and the goal it served before I co-sign.',
};

export interface DemoClient {
  client: {
    firstName: string;
    lastName: string;
    preferredName?: string;
    pronouns?: string;
    dateOfBirth?: string;
    attachmentStyle: AttachmentStyle;
    presentingPatterns: PresentingPattern[];
  };
  weeksInTherapy: number;
  dischargedWeeksAgo?: number;
  story: ClientStory;
  /** Questionnaires at intake and every four weeks, moving from the first figure to the second. */
  measures: MeasurePlan;
}

export const DEMO_CASELOADS: Record<string, DemoClient[]> = {
  'clara@demo.test': [
    {
      client: {
        firstName: 'Maya',
        lastName: 'Lindqvist',
        pronouns: 'she/her',
        dateOfBirth: '1993-04-18',
        attachmentStyle: 'anxious',
        presentingPatterns: ['fear_of_abandonment', 'reassurance_seeking', 'low_self_worth'],
      },
      weeksInTherapy: 30,
      story: {
        goals: ['boundary_setting', 'emotional_regulation', 'secure_attachment'],
        approaches: ['eft', 'attachment_based', 'mbct'],
        patterns: ['fear_of_abandonment', 'reassurance_seeking', 'low_self_worth'],
        trend: 4,
        lastUnsigned: true,
      },
      measures: { phq9: [16, 6], gad7: [15, 6], ecr: { anxiety: [5.6, 3.6], avoidance: [2.8, 2.4] } },
    },
    {
      client: {
        firstName: 'Jonathan',
        lastName: 'Reyes',
        preferredName: 'Jon',
        pronouns: 'he/him',
        dateOfBirth: '1988-11-02',
        attachmentStyle: 'anxious',
        presentingPatterns: ['emotional_volatility', 'over_reliance_on_partner'],
      },
      weeksInTherapy: 22,
      story: {
        goals: ['emotional_regulation', 'communication'],
        approaches: ['cbt', 'mbct', 'eft'],
        patterns: ['emotional_volatility', 'over_reliance_on_partner'],
        trend: 3,
      },
      measures: { phq9: [13, 7], gad7: [14, 7] },
    },
    {
      client: {
        firstName: 'Priya',
        lastName: 'Raman',
        pronouns: 'she/her',
        dateOfBirth: '1997-07-25',
        attachmentStyle: 'disorganized',
        presentingPatterns: ['fear_of_abandonment', 'difficulty_expressing_feelings', 'rushing_into_relationships'],
      },
      weeksInTherapy: 16,
      story: {
        goals: ['self_awareness', 'secure_attachment', 'self_esteem'],
        approaches: ['schema', 'trauma_informed', 'attachment_based'],
        patterns: ['fear_of_abandonment', 'difficulty_expressing_feelings', 'rushing_into_relationships'],
        trend: -2,
      },
      measures: { phq9: [9, 15], gad7: [8, 17], ecr: { anxiety: [5.2, 5.9], avoidance: [4.6, 5.1] } },
    },
    {
      client: {
        firstName: 'Elena',
        lastName: 'Novak',
        pronouns: 'she/her',
        dateOfBirth: '1979-02-09',
        attachmentStyle: 'anxious',
        presentingPatterns: ['low_self_worth', 'fear_of_independence'],
      },
      weeksInTherapy: 40,
      dischargedWeeksAgo: 6,
      story: { goals: ['self_esteem', 'other'], approaches: ['cbt', 'ipt'], patterns: ['low_self_worth', 'fear_of_independence'], trend: 5 },
      measures: { phq9: [15, 4], gad7: [12, 4], rses: [10, 21] },
    },
    {
      client: {
        firstName: 'Tomás',
        lastName: 'Ferreira',
        pronouns: 'he/him',
        dateOfBirth: '1990-09-30',
        attachmentStyle: 'unassessed',
        presentingPatterns: ['reassurance_seeking'],
      },
      weeksInTherapy: 3,
      story: { goals: ['self_awareness'], approaches: ['attachment_based'], patterns: ['reassurance_seeking'], trend: 0.5 },
      measures: { phq9: [11, 11], gad7: [12, 12] },
    },
  ],
  'omar@demo.test': [
    {
      client: {
        firstName: 'Hannah',
        lastName: 'Becker',
        pronouns: 'she/her',
        dateOfBirth: '1985-12-12',
        attachmentStyle: 'anxious',
        presentingPatterns: ['reassurance_seeking', 'over_reliance_on_partner', 'fear_of_abandonment'],
      },
      weeksInTherapy: 26,
      story: {
        goals: ['communication', 'boundary_setting', 'secure_attachment'],
        approaches: ['eft', 'ipt'],
        patterns: ['reassurance_seeking', 'over_reliance_on_partner', 'fear_of_abandonment'],
        trend: 3.5,
      },
      measures: { phq9: [14, 7], gad7: [16, 8], ecr: { anxiety: [5.9, 4.1], avoidance: [2.2, 2.0] } },
    },
    {
      client: {
        firstName: 'Kwame',
        lastName: 'Mensah',
        pronouns: 'he/him',
        dateOfBirth: '1992-03-05',
        attachmentStyle: 'avoidant',
        presentingPatterns: ['difficulty_expressing_feelings'],
      },
      weeksInTherapy: 18,
      story: {
        goals: ['self_awareness', 'communication'],
        approaches: ['attachment_based', 'mbct'],
        patterns: ['difficulty_expressing_feelings'],
        trend: 1,
      },
      measures: { phq9: [8, 6], gad7: [7, 6], ecr: { anxiety: [3.0, 2.9], avoidance: [5.4, 4.6] } },
    },
    {
      client: {
        firstName: 'Sofia',
        lastName: 'Russo',
        preferredName: 'Sofi',
        pronouns: 'they/them',
        dateOfBirth: '2000-05-21',
        attachmentStyle: 'anxious',
        presentingPatterns: ['emotional_volatility', 'low_self_worth', 'rushing_into_relationships'],
      },
      weeksInTherapy: 12,
      story: {
        goals: ['emotional_regulation', 'self_esteem'],
        approaches: ['group', 'cbt', 'mbct'],
        patterns: ['emotional_volatility', 'low_self_worth', 'rushing_into_relationships'],
        trend: 2.5,
        lastUnsigned: true,
      },
      measures: { phq9: [17, 12], gad7: [15, 10], rses: [9, 13], safetyItem: true },
    },
    {
      client: {
        firstName: 'Daniel',
        lastName: 'Park',
        pronouns: 'he/him',
        dateOfBirth: '1983-08-14',
        attachmentStyle: 'anxious',
        presentingPatterns: ['fear_of_independence', 'reassurance_seeking'],
      },
      weeksInTherapy: 34,
      story: {
        goals: ['secure_attachment', 'other', 'boundary_setting'],
        approaches: ['schema', 'attachment_based', 'cbt'],
        patterns: ['fear_of_independence', 'reassurance_seeking'],
        trend: 0,
        quietForWeeks: 5,
      },
      measures: { phq9: [12, 11], gad7: [13, 12] },
    },
  ],
};
