import { SetMetadata } from '@nestjs/common';
import type { Role } from '@securebase/shared';

export const IS_PUBLIC = 'securebase:public';
export const ROLES_KEY = 'securebase:roles';

/** A route anyone may call; every other route needs a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The roles that may call a route (or a whole controller); others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The clinical routes: clinicians and supervisors, never admins (docs/api.md, "Roles"). */
export const Clinical = () => Roles('clinician', 'supervisor');
