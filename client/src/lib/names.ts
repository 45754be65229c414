export interface ClientName {
  firstName: string;
  lastName: string;
  preferredName?: string | null;
}

/** The name a clinician uses in the room: preferred name (or first name) and last name. */
export function clientDisplayName(name: ClientName): string {
  const given = name.preferredName?.trim() || name.firstName.trim();
  return [given, name.lastName.trim()].filter(Boolean).join(' ');
}

/** The legal name, only when it differs from the name shown. */
export function clientLegalName(name: ClientName): string | null {
  const legal = [name.firstName.trim(), name.lastName.trim()].filter(Boolean).join(' ');
  return legal === clientDisplayName(name) ? null : legal;
}

function firstLetter(word: string): string {
  // Array.from keeps letters outside the basic plane (and accents) whole.
  const letter = Array.from(word.trim())[0] ?? '';
  return letter.toLocaleUpperCase();
}

/** Two letters for an avatar: given name and last name ("Sasha Okafor-Reid" → "SO"). */
export function initials(given: string, last: string): string {
  const letters = firstLetter(given) + firstLetter(last);
  return letters || '?';
}

export function clientInitials(name: ClientName): string {
  return initials(name.preferredName?.trim() || name.firstName, name.lastName);
}

/** Initials for a staff member's single display name ("Dr Clara Vance" → "CV"). */
export function personInitials(displayName: string): string {
  const words = displayName
    .trim()
    .split(/\s+/)
    .filter((w) => w && !/^(dr|mr|mrs|ms|mx|prof)\.?$/i.test(w));
  if (words.length === 0) return '?';
  if (words.length === 1) return firstLetter(words[0]);
  return initials(words[0], words[words.length - 1]);
}
