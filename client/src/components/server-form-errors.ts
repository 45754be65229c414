import { isApiError } from '../lib/api-error';
import { fieldErrorsFromDetails } from '../lib/form-errors';

interface SettableForm {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Puts a 400's field problems beside the fields they name. Returns true when the error was
 * shown that way, so the caller only needs a summary for what is left.
 */
export function showServerFieldErrors(
  form: SettableForm,
  error: unknown,
  fields: readonly string[],
  labels: Readonly<Record<string, string>> = {},
): { shown: boolean; other: string[] } {
  if (!isApiError(error) || error.code !== 'validation_failed' || error.details.length === 0) return { shown: false, other: [] };
  const { byField, other } = fieldErrorsFromDetails(error.details, fields, labels);
  form.setErrors(byField);
  return { shown: Object.keys(byField).length > 0, other };
}
