import { Button, Group } from '@mantine/core';

interface FormActionsProps {
  /** What the form does, in the words of the screen: "Add goal", "Save details". */
  submitLabel: string;
  onCancel: () => void;
  /** True while the save is under way: the button spins and cannot be pressed twice. */
  saving: boolean;
}

/** The foot of a form: Cancel, then the one button that submits it. */
export function FormActions({ submitLabel, onCancel, saving }: FormActionsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
