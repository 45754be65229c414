import { Badge, NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useSignedInUser } from '../../features/auth/api/get-current-user';
import { useReviews } from '../../features/reviews/api/list-reviews';
import { navItemsFor } from '../../lib/roles';

export function MainNav() {
  const user = useSignedInUser();
  const { pathname } = useLocation();
  // Only supervisors have a queue; for anyone else it would always be empty.
  const reviews = useReviews(null, user.role === 'supervisor');
  const waiting = reviews.data?.length ?? 0;
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
              rightSection={
                item.to === '/reviews' && waiting > 0 ? (
                  <Badge size="sm" circle={waiting < 10} variant="filled" aria-label={`${waiting} waiting`}>
                    {waiting}
                  </Badge>
                ) : undefined
              }
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
