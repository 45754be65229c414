import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { isServerFailure } from './error-messages';

/** Retry only what a retry can fix: a dropped connection or a server hiccup, once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  return !isApiError(error) || isServerFailure(error);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
