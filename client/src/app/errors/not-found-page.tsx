import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { usePageTitle } from '../../components/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <ErrorPanel
      title="Page not found"
      message="There is no page at this address. The link may be mistyped or out of date."
      actions={
        <Button component={Link} to="/">
          Go to the start page
        </Button>
      }
    />
  );
}
