import { Center, Loader, Text } from '@mantine/core';

export function PageLoader({ label = 'Loading…', fullScreen = false }: { label?: string; fullScreen?: boolean }) {
  return (
    <Center role="status" aria-live="polite" mih={fullScreen ? '100vh' : 240}>
      <Loader size="sm" mr="sm" />
      <Text c="dimmed" size="sm">
        {label}
      </Text>
    </Center>
  );
}
