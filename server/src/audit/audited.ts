import { SetMetadata } from '@nestjs/common';
import type { AuditAction } from '@securebase/shared';
import { requestScope, type RequestContext, type RequestScope } from '../common/request-context';
import type { AuditEntry } from './audit.service';

/**
 * Which audit event a route writes is declared once, on the controller method, with `@Audited`.
 * AuditInterceptor (or, for callers without an HTTP request, AuditService.asRoute) runs the
 * handler under that declaration; AuditService writes the event:
 *
 * - a change (CHANGE_ACTIONS) inside the change's own transaction, through
 *   `AuditService.transaction`, so the event commits with the change or not at all;
 * - a read, an export, a sign-in or a sign-out once the handler has answered, before the
 *   answer is sent.
 *
 * A request that fails or is refused (401, 403, 404, 409, 400) writes nothing; the one event of
 * a failing request is `login_failed`, written by AuthService where the failure is decided.
 */

export const AUDITED = 'securebase:audited';

/** Actions that record a change of records: written in the change's transaction. */
export const CHANGE_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  'create',
  'update',
  'sign',
  'addendum',
  'discharge',
  'cosign',
  'return',
  'invite',
  'void',
  'review',
  'resolve',
]);

/** What the request brought: enough to name the record an event is about. */
export interface RequestFacts {
  /** Route parameters (`:id`). */
  params?: Record<string, string>;
  /** The JSON body, as sent (it has passed validation by the time an event is written). */
  body?: unknown;
  /** The query string, as sent (validated, but not transformed). */
  query?: Record<string, unknown>;
}

/** Everything an event can be built from, once the handler has answered. */
export interface AuditFacts extends Required<RequestFacts> {
  /** What the handler returned. */
  result: unknown;
  /** The signed-in caller. */
  actorId: string;
}

export type AuditPick = (facts: AuditFacts) => string | null | undefined;

export interface AuditSpec {
  action: AuditAction;
  entityType: string;
  /** The record the event names; none when left out. */
  entityId?: AuditPick;
  /** The client the event is about. Left out: the client the access check resolved, none if it resolved none. */
  clientId?: AuditPick;
  /** Non-clinical context (an export's format and range); never PHI. */
  detail?: (facts: AuditFacts) => Record<string, unknown>;
}

/** Declares the audit event a route writes when it succeeds (see the top of this file). */
export const Audited = (action: AuditAction, entityType: string, options: Omit<AuditSpec, 'action' | 'entityType'> = {}) =>
  SetMetadata(AUDITED, { action, entityType, ...options } satisfies AuditSpec);

/** The `@Audited` declaration of a controller method, if it has one. */
export function auditSpecOf(handler: object): AuditSpec | undefined {
  return Reflect.getMetadata(AUDITED, handler) as AuditSpec | undefined;
}

/** The record named in the path (`:id`). */
export const pathId: AuditPick = (f) => f.params.id;
/** The record the handler created: its answer's `id`. */
export const createdId: AuditPick = (f) => (f.result as { id?: string } | undefined)?.id;
/** The caller themselves (sign-in, sign-out). */
export const callerId: AuditPick = (f) => f.actorId;
/** A field of the JSON body (the colleague added to a care team). */
export const bodyField =
  (field: string): AuditPick =>
  (f) => {
    const value = (f.body as Record<string, unknown> | undefined)?.[field];
    return typeof value === 'string' ? value : null;
  };

/** One audited request in flight: its declaration, who asks, and what it has written so far. */
export class AuditScope implements RequestScope {
  checkedClientId: string | null = null;
  /** The change's event is in its transaction. */
  written = false;
  /** The handler found nothing to change (AuditService.noChange): no event. */
  unchanged = false;

  constructor(
    readonly spec: AuditSpec,
    readonly ctx: RequestContext,
    readonly request: RequestFacts,
  ) {}

  entry(result: unknown): AuditEntry {
    const facts: AuditFacts = {
      params: this.request.params ?? {},
      body: this.request.body,
      query: this.request.query ?? {},
      result,
      actorId: this.ctx.actor.id,
    };
    const { action, entityType, entityId, clientId, detail } = this.spec;
    return {
      action,
      entityType,
      entityId: entityId?.(facts) ?? null,
      clientId: (clientId ? clientId(facts) : this.checkedClientId) ?? null,
      detail: detail?.(facts),
    };
  }
}

export function currentAuditScope(): AuditScope | undefined {
  const scope = requestScope.getStore();
  return scope instanceof AuditScope ? scope : undefined;
}
