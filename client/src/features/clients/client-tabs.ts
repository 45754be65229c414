// The client page's tabs, in order. The selected tab is in the address (?tab=goals) so a link,
// a reload or Back returns to it. Another tab ("Overview", charts) is added by putting it in
// this list, first if it should be the default.
export const CLIENT_TABS = [
  { value: 'sessions', label: 'Sessions' },
  { value: 'goals', label: 'Goals' },
  { value: 'notes', label: 'Notes' },
] as const;

export type ClientTab = (typeof CLIENT_TABS)[number]['value'];

export const DEFAULT_CLIENT_TAB: ClientTab = CLIENT_TABS[0].value;

export function isClientTab(value: string | null): value is ClientTab {
  return CLIENT_TABS.some((tab) => tab.value === value);
}

export function parseClientTab(params: URLSearchParams): ClientTab {
  const tab = params.get('tab');
  return isClientTab(tab) ? tab : DEFAULT_CLIENT_TAB;
}

/** The address of a tab. One tab's filters (the Notes tab's) do not follow to the next. */
export function clientTabSearch(tab: ClientTab): URLSearchParams {
  return new URLSearchParams(tab === DEFAULT_CLIENT_TAB ? {} : { tab });
}

/** A link to a client's tab. */
export function clientTabPath(clientId: string, tab: ClientTab = DEFAULT_CLIENT_TAB): string {
  const search = clientTabSearch(tab).toString();
  return `/clients/${clientId}${search ? `?${search}` : ''}`;
}
