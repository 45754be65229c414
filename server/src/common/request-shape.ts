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
  const problem = undecodableQueryParameter(req.originalUrl) ?? findShapeProblem(req.body, 'body') ?? findShapeProblem(req.query, 'query');
  if (problem === null) return next();
  next(new InvalidInput([problem]));
}

/** `%ED%A0%80` and the like are not UTF-8; Express's parser would quietly turn them into U+FFFD. */
function undecodableQueryParameter(url: string): FieldProblem | null {
  const query = url.indexOf('?');
  if (query < 0) return null;
  for (const pair of url.slice(query + 1).split('&')) {
    const [name, value = ''] = pair.split('=', 2);
    try {
      decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      let field = 'query';
      try {
        field = decodeURIComponent(name);
      } catch {
        // keep 'query'
      }
      return { field, problem: 'must be valid UTF-8 text' };
    }
  }
  return null;
}

/** Raised from body-parser's `verify` hook; the exception filter maps `type` to the error body. */
export class RawBodyProblem extends Error {
  constructor(
    readonly type: 'entity.invalid.utf8' | 'entity.too.deep',
    readonly field = 'body',
  ) {
    super(type);
  }
}

/**
 * body-parser `verify` hook, run on the raw bytes before JSON.parse:
 * - bytes that are not UTF-8 are refused, not silently replaced by U+FFFD;
 * - nesting past MAX_DEPTH is refused before parsing, since V8's JSON.parse itself overflows its
 *   stack near 4,000 levels. The scan is linear and names the top-level field that nests too deep.
 */
export function checkRawBody(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!buf.length) return;
  if (!isUtf8(buf)) throw new RawBodyProblem('entity.invalid.utf8');
  const field = fieldNestingTooDeep(buf);
  if (field !== null) throw new RawBodyProblem('entity.too.deep', field);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }

function fieldNestingTooDeep(buf: Buffer): string | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let lastString = '';
  let topLevelField: string | null = null;
  for (let i = 0; i < buf.length; i++) {
    const byte = buf[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (byte === BACKSLASH) escaped = true;
      else if (byte === QUOTE) {
        inString = false;
        if (depth === 1) lastString = buf.toString('utf8', stringStart, i);
      }
    } else if (byte === QUOTE) {
      inString = true;
      stringStart = i + 1;
    } else if (byte === COLON && depth === 1) {
      topLevelField = lastString;
    } else if (OPENERS.has(byte)) {
      depth += 1;
      if (depth > MAX_DEPTH) return topLevelField ?? 'body';
    } else if (CLOSERS.has(byte)) {
      depth -= 1;
    }
  }
  return null;
}
