// Resolving a safety alert: the note says what was done, and is required.
export const MAX_NOTE_LENGTH = 2000;

/** What is wrong with the resolution note, or null when it can be saved. */
export function noteProblem(note: string): string | null {
  const text = note.trim();
  if (!text) return 'Write what was done: who spoke with the client, and the plan agreed.';
  if (text.length > MAX_NOTE_LENGTH)
    return `Keep the note to ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters (now ${text.length.toLocaleString('en-GB')}).`;
  return null;
}
