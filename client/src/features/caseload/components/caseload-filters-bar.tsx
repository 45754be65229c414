import { CloseButton, Group, NativeSelect, SegmentedControl, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ClientStatusFilter } from '../../clients/api/client-keys';
import { FLAG_WORDS, FLAGS, flagFilterApplies, type CaseloadFilters, type FlagFilter } from '../caseload-filters';

const STATUS_OPTIONS: { value: ClientStatusFilter; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'discharged', label: 'Discharged' },
  { value: 'all', label: 'All' },
];

const FLAG_OPTIONS: { value: FlagFilter; label: string }[] = [
  { value: '', label: 'Flagged or not' },
  { value: 'any', label: 'Flagged clients' },
  ...FLAGS.map((flag) => ({ value: flag, label: `Flag: ${FLAG_WORDS[flag]}` })),
];

interface CaseloadFiltersBarProps {
  filters: CaseloadFilters;
  onChange: (filters: CaseloadFilters) => void;
}

export function CaseloadFiltersBar({ filters, onChange }: CaseloadFiltersBarProps) {
  // Typing stays instant; the search is sent once the clinician pauses.
  const [text, setText] = useState(filters.q);
  const sendSearch = useDebouncedCallback((q: string) => onChange({ ...filters, q }), 250);

  useEffect(() => setText(filters.q), [filters.q]);

  return (
    <Group gap="md" wrap="wrap" role="search" aria-label="Filter the caseload">
      <TextInput
        aria-label="Find a client by name"
        placeholder="Find by name"
        value={text}
        w={240}
        onChange={(event) => {
          setText(event.currentTarget.value);
          sendSearch(event.currentTarget.value);
        }}
        rightSection={
          text ? (
            <CloseButton
              aria-label="Clear search"
              size="sm"
              onClick={() => {
                setText('');
                onChange({ ...filters, q: '' });
              }}
            />
          ) : null
        }
      />
      <div>
        <VisuallyHidden id="status-filter-label">Client status</VisuallyHidden>
        <SegmentedControl
          aria-labelledby="status-filter-label"
          data={STATUS_OPTIONS}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, q: text, status: status as ClientStatusFilter })}
        />
      </div>
      <NativeSelect
        aria-label="Filter by flag"
        title={flagFilterApplies(filters) ? undefined : 'Flags are worked out for active clients'}
        data={FLAG_OPTIONS}
        value={filters.flag}
        disabled={!flagFilterApplies(filters)}
        w={190}
        onChange={(event) => onChange({ ...filters, q: text, flag: event.currentTarget.value as FlagFilter })}
      />
    </Group>
  );
}
