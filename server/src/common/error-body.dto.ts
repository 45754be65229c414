import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '@securebase/shared';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ErrorBody } from './exception.filter';

class FieldProblemDto {
  @ApiProperty({ example: 'goalRatings[0].rating' }) field: string;
  @ApiProperty({ example: 'must be between 0 and 10' }) problem: string;
}

/** The error body every route may answer (docs/api.md, "Errors"), as the OpenAPI description shows it. */
export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', description: 'Stable: switch on this, never on the message' }) code: ErrorCode;
  @ApiProperty({ example: 'The request has invalid fields' }) message: string;
  @ApiPropertyOptional({ type: [FieldProblemDto], description: 'Present for validation errors: each field and what is wrong with it' })
  details?: FieldProblemDto[];
  @ApiPropertyOptional({ description: 'On 5xx: the id under which the server logged this request' }) requestId?: string;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'On stale_version: the version now stored' })
  currentVersion?: number | null;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation may answer the error body; described once, as each operation's `default` response. */
export function describeErrors(doc: OpenAPIObject): OpenAPIObject {
  const schema = { $ref: '#/components/schemas/ErrorBodyDto' };
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses.default ??= {
        description: 'An error; `code` says which (the list: ErrorCode)',
        content: { 'application/json': { schema } },
      };
    }
  }
  return doc;
}
