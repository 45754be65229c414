import { isUtf8 } from 'node:buffer';
import type { NextFunction, Request, Response } from 'express';
import { FieldProblem, InvalidInput } from './errors';

/**
 * Checks every request's parsed body and query string once, before validation or any other code
 * sees them, for the inputs that no field rule should have to know about (docs/security.md,
 * "Hostile input"):
 * - nesting deeper than MAX_DEPTH (class-transformer recurses and overflows the stack near 1,500);
 * - keys that reach an object's prototype (`__proto__`, `constructor`, `prototype`);
 * - the NUL character, which PostgreSQL cannot store in text or jsonb (22021 / 22P05);
 * - lone surrogate halves, which cannot be encoded as UTF-8 and would be stored as U+FFFD.
 * The walk is iterative, so a hostile depth cannot overflow the stack here either.
 */
export const MAX_DEPTH = 32;

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function findShapeProblem(value: unknown, root = 'body'): FieldProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length) {
    const here = stack.pop()!;
    const field = here.path || root;
    if (typeof here.value === 'string') {
      const problem = textProblem(here.value);
      if (problem) return { field, problem };
      continue;
    }
    if (here.value === null || typeof here.value !== 'object') continue;
    if (here.depth >= MAX_DEPTH) return { field, problem: `must not nest deeper than ${MAX_DEPTH} levels` };
    const isArray = Array.isArray(here.value);
    const entries = Object.entries(here.value as Record<string, unknown>);
    // Pushed in reverse so the first problem in document order is the one reported.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, inner] = entries[i];
      const path = isArray ? `${here.path}[${key}]` : here.path ? `${here.path}.${key}` : key;
      if (!isArray) {
        if (PROTOTYPE_KEYS.has(key)) return { field: path, problem: 'is not an allowed field' };
        const keyProblem = textProblem(key);
        if (keyProblem) return { field: here.path || root, problem: `field names ${keyProblem}` };
      }
      stack.push({ value: inner, path, depth: here.depth + 1 });
    }
  }
  return null;
}

// A high half not followed by a low half, or a low half not preceded by a high half.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it holds a lone surrogate)';
  return null;
}

/** Express middleware: 400 naming the field for a body or query string of a shape no route accepts. */
export function rejectHostileShapes(req: Request, _res: Response, next: NextFunction): void {
  const problem = findShapeProblem(req.body, 'body') ?? findShapeProblem(req.query, 'query');
  if (problem === null) return next();
  next(new InvalidInput([problem]));
}

/** body-parser `verify` hook: bytes that are not UTF-8 are refused, not silently replaced by U+FFFD. */
export function requireUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  if (buf.length && !isUtf8(buf)) {
    throw Object.assign(new Error('The request body is not valid UTF-8'), { type: 'entity.invalid.utf8' });
  }
}
