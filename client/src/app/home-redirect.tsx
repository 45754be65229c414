import { Navigate } from 'react-router';
import { useSignedInUser } from '../features/auth/api/get-current-user';
import { homePathFor } from '../lib/roles';

export function HomeRedirect() {
  const user = useSignedInUser();
  return <Navigate to={homePathFor(user.role)} replace />;
}
