import { Badge } from '@mantine/core';
import { ATTACHMENT_STYLE_LABELS, type AttachmentStyle } from '@securebase/shared';

/** Neutral on purpose: an attachment style is a description, not a warning. */
export function AttachmentStyleBadge({ style }: { style: AttachmentStyle }) {
  return (
    <Badge variant={style === 'unassessed' ? 'outline' : 'light'} color="gray" tt="none" fw={500} radius="sm">
      {ATTACHMENT_STYLE_LABELS[style]}
    </Badge>
  );
}
