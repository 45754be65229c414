import { FieldProblem, InvalidInput } from '../common/errors';
import type { SessionInput } from './dto/session-input.dto';

const DAY_MS = 24 * 60 * 60_000;

export interface ClientGoal {
  id: string;
  status: string;
}

/**
 * The session rules (docs/product.md, "Sessions") that need more than one field or the
 * database: a session is not more than a day ahead, a missed session holds no ratings or notes,
 * each goal is rated at most once and only while active, notes target only this client's goals.
 */
export function checkSessionRules(dto: SessionInput, goals: ClientGoal[], now: Date): void {
  const problems: FieldProblem[] = [];
  if (Date.parse(dto.startedAt) > now.getTime() + DAY_MS) {
    problems.push({ field: 'startedAt', problem: 'must not be more than a day in the future' });
  }
  if (Date.parse(dto.startedAt) < Date.parse('1900-01-01T00:00:00Z')) {
    problems.push({ field: 'startedAt', problem: 'must be after 1900' });
  }
  const ratings = dto.goalRatings ?? [];
  const interventions = dto.interventions ?? [];
  if (dto.attendance !== 'attended') {
    if (ratings.length) problems.push({ field: 'goalRatings', problem: `must be empty when attendance is ${dto.attendance}` });
    if (interventions.length) problems.push({ field: 'interventions', problem: `must be empty when attendance is ${dto.attendance}` });
  }
  const byId = new Map(goals.map((g) => [g.id, g]));
  const rated = new Set<string>();
  ratings.forEach((r, i) => {
    const goal = byId.get(r.goalId);
    if (!goal) problems.push({ field: `goalRatings[${i}].goalId`, problem: "must be one of this client's goals" });
    else if (goal.status !== 'active')
      problems.push({ field: `goalRatings[${i}].goalId`, problem: `must be an active goal (this one is ${goal.status})` });
    if (rated.has(r.goalId)) problems.push({ field: `goalRatings[${i}].goalId`, problem: 'is rated twice in this session' });
    rated.add(r.goalId);
  });
  const seen = new Set<string>();
  (dto.patterns ?? []).forEach((p, i) => {
    if (seen.has(p.pattern)) problems.push({ field: `patterns[${i}].pattern`, problem: 'is listed twice in this session' });
    seen.add(p.pattern);
  });
  interventions.forEach((n, i) =>
    (n.goalIds ?? []).forEach((id, j) => {
      if (!byId.has(id)) problems.push({ field: `interventions[${i}].goalIds[${j}]`, problem: "must be one of this client's goals" });
    }),
  );
  if (problems.length) throw new InvalidInput(problems);
}
