import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useSignedInUser } from '../../features/auth/api/get-current-user';
import { navItemsFor } from '../../lib/roles';

export function MainNav() {
  const user = useSignedInUser();
  const { pathname } = useLocation();
  // A client's page belongs to the caseload section.
  const section = pathname.startsWith('/clients') ? '/caseload' : pathname;

  return (
    <nav aria-label="Main">
      <Stack gap={2}>
        {navItemsFor(user.role).map((item) => {
          const active = section === item.to || section.startsWith(`${item.to}/`);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={active}
              aria-current={active ? 'page' : undefined}
              fw={500}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
