// A 401 from any call after sign-in means the session ended on the server (idle limit,
// 12-hour limit, or the account was deactivated). The API layer reports it here; the app
// shell listens and sends the user to sign-in, remembering where they were.

type Listener = () => void;

const listeners = new Set<Listener>();

export function reportSessionExpired(): void {
  listeners.forEach((listener) => listener());
}

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
