// Puts a 400's `details` next to the form fields they name, and keeps the rest for a summary.
import type { ErrorDetail } from './api-error';

export interface FieldErrors {
  /** Keyed by form field name. */
  byField: Record<string, string>;
  /** Problems whose field is not on the form, already in words ("Discharged on: must be …"). */
  other: string[];
}

/** `presentingPatterns[2]` and `address.city` belong to the `presentingPatterns` / `address` field. */
export function formFieldOf(field: string): string {
  return field.split(/[.[]/, 1)[0];
}

export function sentence(problem: string): string {
  const trimmed = problem.trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

export function fieldErrorsFromDetails(
  details: readonly ErrorDetail[],
  formFields: readonly string[],
  labels: Readonly<Record<string, string>> = {},
): FieldErrors {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const { field, problem } of details) {
    const name = formFieldOf(field);
    if (formFields.includes(name)) {
      // Two problems on one field: show both rather than hiding one.
      byField[name] = byField[name] ? `${byField[name]}; ${problem.trim()}` : sentence(problem);
    } else {
      other.push(`${labels[name] ?? name}: ${problem.trim()}`);
    }
  }
  return { byField, other };
}
