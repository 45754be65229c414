import type { Role } from '@securebase/shared';

export const ROLE_LABELS: Record<Role, string> = {
  clinician: 'Clinician',
  supervisor: 'Supervisor',
  admin: 'Practice admin',
};

export interface NavItem {
  label: string;
  to: string;
}

const NAV: (NavItem & { roles: readonly Role[] })[] = [
  // Admins see no clinical content (docs/api.md, "Roles"), so the caseload is not offered to them.
  { label: 'Caseload', to: '/caseload', roles: ['clinician', 'supervisor'] },
  // Supervisees' sessions waiting for co-signature (docs/screens.md, "Review queue").
  { label: 'Reviews', to: '/reviews', roles: ['supervisor'] },
  { label: 'Audit', to: '/audit', roles: ['supervisor', 'admin'] },
  { label: 'Users', to: '/users', roles: ['admin'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV.filter((item) => item.roles.includes(role)).map(({ label, to }) => ({ label, to }));
}

/** The first page after sign-in. */
export function homePathFor(role: Role): string {
  return role === 'admin' ? '/users' : '/caseload';
}
