import { useEffect } from 'react';

/** Names the browser tab (and what a screen reader announces) after the page. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · SecureBase` : 'SecureBase';
  }, [title]);
}
