// The client page's tabs, in order. The selected tab is in the address (?tab=goals) so a link,
// a reload or Back returns to it. The first, the Overview (charts), opens by default once the
// record has something to chart.
export const CLIENT_TABS = [
  { value: 'overview', label: 'Overview' },
  { value: 'sessions', label: 'Sessions' },
  { value: 'goals', label: 'Goals' },
  { value: 'notes', label: 'Notes' },
  { value: 'questionnaires', label: 'Questionnaires' },
] as const;

export type ClientTab = (typeof CLIENT_TABS)[number]['value'];

export const DEFAULT_CLIENT_TAB: ClientTab = CLIENT_TABS[0].value;

/** A record with nothing to chart yet (a new client) opens on its sessions instead of the Overview. */
export const EMPTY_RECORD_TAB: ClientTab = 'sessions';

export function isClientTab(value: string | null): value is ClientTab {
  return CLIENT_TABS.some((tab) => tab.value === value);
}

/** The tab in the address; without one, the Overview when the record has data to chart. */
export function parseClientTab(params: URLSearchParams, hasData = true): ClientTab {
  const tab = params.get('tab');
  if (isClientTab(tab)) return tab;
  return hasData ? DEFAULT_CLIENT_TAB : EMPTY_RECORD_TAB;
}

/**
 * The address of a tab, always named: which tab opens without one depends on the record's data.
 * One tab's filters (the Notes tab's, the Overview's range) do not follow to the next.
 */
export function clientTabSearch(tab: ClientTab): URLSearchParams {
  return new URLSearchParams({ tab });
}

/** A link to a client's tab; without a tab, to the tab the record opens on. */
export function clientTabPath(clientId: string, tab?: ClientTab): string {
  return `/clients/${clientId}${tab ? `?${clientTabSearch(tab).toString()}` : ''}`;
}
