// A 401 from any call after sign-in means the sign-in ended on the server (idle limit,
// 12-hour limit, or the account was deactivated). The API layer reports it here; the app
// shell listens and sends the user to sign-in, remembering where they were.

type Listener = () => void;

const listeners = new Set<Listener>();

export function reportSignInExpired(): void {
  listeners.forEach((listener) => listener());
}

export function onSignInExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
