import { Badge } from '@mantine/core';
import { usePrep } from '../api/get-prep';

/**
 * "2 new" on the Questionnaires tab: the client's own results not yet reviewed. It reads the
 * Before-the-session answer the page loads anyway, so the badge costs no request of its own.
 */
export function NewResultsBadge({ clientId }: { clientId: string }) {
  const { data } = usePrep(clientId);
  const count = data?.unreviewed.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge color="indigo" variant="filled" size="sm" radius="sm" tt="none" fw={600} data-new-results={count}>
      {count} new
    </Badge>
  );
}
