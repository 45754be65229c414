import { CloseButton, Group, SegmentedControl, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ClientListFilters, ClientStatusFilter } from '../../clients/api/client-keys';

const STATUS_OPTIONS: { value: ClientStatusFilter; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'discharged', label: 'Discharged' },
  { value: 'all', label: 'All' },
];

interface CaseloadFiltersBarProps {
  filters: ClientListFilters;
  onChange: (filters: ClientListFilters) => void;
}

export function CaseloadFiltersBar({ filters, onChange }: CaseloadFiltersBarProps) {
  // Typing stays instant; the search is sent once the clinician pauses.
  const [text, setText] = useState(filters.q);
  const sendSearch = useDebouncedCallback((q: string) => onChange({ ...filters, q }), 250);

  useEffect(() => setText(filters.q), [filters.q]);

  return (
    <Group gap="md" wrap="wrap" role="search">
      <TextInput
        aria-label="Find a client by name"
        placeholder="Find by name"
        value={text}
        w={280}
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
    </Group>
  );
}
