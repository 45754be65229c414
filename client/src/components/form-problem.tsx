import { Alert, List } from '@mantine/core';

export interface FormProblemValue {
  message: string;
  /** Server problems that name no field shown on this form. */
  other: string[];
}

/** Why a form was not saved: the plain-words message, then the problems no field could show (a string is a message alone). */
export function FormProblem({ problem, title, color = 'red' }: { problem: FormProblemValue | string; title?: string; color?: 'red' | 'yellow' }) {
  if (typeof problem === 'string') problem = { message: problem, other: [] };
  return (
    <Alert color={color} variant="light" role="alert" title={title}>
      {problem.message}
      {problem.other.length > 0 && (
        <List size="sm" mt="xs">
          {problem.other.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
