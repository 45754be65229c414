import type { Role } from '@securebase/shared';
import { Button } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { ErrorPanel } from '../../../components/error-panel';
import { MESSAGES } from '../../../lib/error-messages';
import { homePathFor } from '../../../lib/roles';
import { useSignedInUser } from '../api/get-current-user';

/** Pages a role may not use say so, instead of showing a screen full of refused requests. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const user = useSignedInUser();
  if (roles.includes(user.role)) return <Outlet />;
  return (
    <ErrorPanel
      title="No permission"
      message={MESSAGES.forbidden}
      actions={
        <Button component={Link} to={homePathFor(user.role)}>
          Go to my start page
        </Button>
      }
    />
  );
}
