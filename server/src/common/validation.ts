import { applyDecorators, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { isCalendarDate } from '@securebase/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FieldProblem, InvalidInput } from './errors';

// Validation and OpenAPI are declared together by these decorators, so they never drift apart.

interface Common {
  optional?: boolean;
  /** Optional fields may also be sent as null to clear them. */
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

/** Optional means "may be left out"; null is accepted only where it clears a value (nullable). */
function optionality(o: Common) {
  if (!o.optional) return [];
  return o.nullable ? [ValidateIf((_, v) => v !== undefined && v !== null)] : [ValidateIf((_, v) => v !== undefined)];
}

function api(o: Common, extra: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({ required: !o.optional, nullable: o.nullable, description: o.description, example: o.example, ...extra } as ApiPropertyOptions);
}

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export function TextField(o: Common & { max: number; min?: number; trim?: boolean } = { max: 200 }) {
  const min = o.min ?? (o.optional ? 0 : 1);
  return applyDecorators(
    ...(o.trim === false ? [] : [trim]),
    ...optionality(o),
    IsString({ message: 'must be text' }),
    MinLength(min, { message: min === 1 ? 'must not be empty' : `must be at least ${min} characters` }),
    MaxLength(o.max, { message: `must be at most ${o.max} characters` }),
    api(o, { type: String, minLength: min, maxLength: o.max }),
  );
}

export function EmailField(o: Common = {}) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    ...optionality(o),
    IsString({ message: 'must be text' }),
    MaxLength(254, { message: 'must be at most 254 characters' }),
    IsEmail({}, { message: 'must be an email address' }),
    api(o, { type: String, format: 'email', maxLength: 254 }),
  );
}

export function EnumField<T extends string>(values: readonly T[], enumName: string, o: Common = {}) {
  return applyDecorators(
    ...optionality(o),
    IsIn(values as T[], { message: `must be one of: ${values.join(', ')}` }),
    api(o, { enum: values as T[], enumName }),
  );
}

export function EnumArrayField<T extends string>(values: readonly T[], enumName: string, o: Common & { maxItems?: number } = {}) {
  const maxItems = o.maxItems ?? values.length;
  return applyDecorators(
    ...optionality(o),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(maxItems, { message: `must have at most ${maxItems} entries` }),
    IsIn(values as T[], { each: true, message: `each entry must be one of: ${values.join(', ')}` }),
    api(o, { enum: values as T[], enumName, isArray: true, maxItems }),
  );
}

export function IntField(o: Common & { min: number; max: number }) {
  return applyDecorators(
    ...optionality(o),
    IsInt({ message: 'must be a whole number' }),
    Min(o.min, { message: `must be between ${o.min} and ${o.max}` }),
    Max(o.max, { message: `must be between ${o.min} and ${o.max}` }),
    api(o, { type: 'integer', minimum: o.min, maximum: o.max }),
  );
}

export function BoolField(o: Common = {}) {
  return applyDecorators(...optionality(o), IsBoolean({ message: 'must be true or false' }), api(o, { type: Boolean }));
}

export function UuidField(o: Common = {}) {
  return applyDecorators(...optionality(o), IsUUID('all', { message: 'must be a UUID' }), api(o, { type: String, format: 'uuid' }));
}

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export function DateField(o: Common = {}) {
  return applyDecorators(...optionality(o), IsCalendarDate(), api(o, { type: String, format: 'date', example: o.example ?? '2026-03-02' }));
}

export function IsCalendarDate(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a real date written YYYY-MM-DD' },
      validator: { validate: (v: unknown) => isCalendarDate(v) },
    });
}

/** Query-string integers arrive as text. */
export const QueryInt = () => Type(() => Number);

export function NestedField(type: () => new () => object, o: Common & { maxItems?: number; isArray?: boolean } = {}) {
  const decorators = [...optionality(o), ValidateNested({ each: o.isArray }), Type(type)];
  if (o.isArray)
    decorators.push(
      IsArray({ message: 'must be a list' }),
      ArrayMaxSize(o.maxItems ?? 100, { message: `must have at most ${o.maxItems ?? 100} entries` }),
    );
  // The class itself (not the thunk) for OpenAPI: a thunk with isArray produced an empty $ref.
  return applyDecorators(...decorators, api(o, { type: type(), isArray: o.isArray }));
}

/** class-validator's tree → `[{field: 'goalRatings[0].rating', problem}]`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : parent ? `${parent}.${e.property}` : e.property) || 'body';
    for (const [rule, text] of Object.entries(e.constraints ?? {})) {
      out.push({ field, problem: rule === 'whitelistValidation' ? 'is not an allowed field' : text });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Without this, a JSON array or string sent as the body would skip validation entirely.
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      return new InvalidInput(details.length ? details : [{ field: 'body', problem: 'must be a JSON object' }]);
    },
  });
}

/** ISO 8601 instant with an offset (`2026-03-02T15:00:00Z`), on a real calendar day. */
export function InstantField(o: Common = {}) {
  return applyDecorators(
    ...optionality(o),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isInstant',
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: 'must be a date and time with offset, like 2026-03-02T15:00:00Z' },
        validator: { validate: (v: unknown) => isInstant(v) },
      }),
    api(o, { type: String, format: 'date-time', example: o.example ?? '2026-03-02T15:00:00Z' }),
  );
}

export function isInstant(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
    isCalendarDate(v.slice(0, 10)) &&
    !Number.isNaN(Date.parse(v))
  );
}

export function TextArrayField(o: Common & { maxItems: number; maxLength: number }) {
  return applyDecorators(
    ...optionality(o),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(o.maxItems, { message: `must have at most ${o.maxItems} entries` }),
    IsString({ each: true, message: 'each entry must be text' }),
    MinLength(1, { each: true, message: 'entries must not be empty' }),
    MaxLength(o.maxLength, { each: true, message: `each entry must be at most ${o.maxLength} characters` }),
    api(o, { type: [String], maxItems: o.maxItems }),
  );
}

export function UuidArrayField(o: Common & { maxItems: number }) {
  return applyDecorators(
    ...optionality(o),
    IsArray({ message: 'must be a list' }),
    ArrayMaxSize(o.maxItems, { message: `must have at most ${o.maxItems} entries` }),
    IsUUID('all', { each: true, message: 'each entry must be a UUID' }),
    api(o, { type: [String], format: 'uuid', maxItems: o.maxItems }),
  );
}
