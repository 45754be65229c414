import type { Readable } from 'node:stream';
import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Audited, AuditFacts, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { SummaryQuery } from './dto/summary-query.dto';
import { ExportService } from './export.service';

const DOWNLOAD = { schema: { type: 'string', format: 'binary' } };

/** What left the practice, never what it said. The query has passed validation, so includeNotes is 'true', 'false' or absent. */
const exportDetail = ({ query }: AuditFacts) => ({
  format: query.format,
  from: query.from ?? null,
  to: query.to ?? null,
  includeNotes: query.includeNotes === 'true',
});

@ApiTags('export')
@Clinical()
@Controller()
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('clients/:id/summary')
  // Written once the file exists, before a byte of it is sent.
  @Audited('export', 'summary', { entityId: pathId, detail: exportDetail })
  // Health records must not linger in shared or proxy caches.
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf', 'text/markdown', 'text/csv', 'application/fhir+json')
  @ApiOkResponse({
    description: 'The case summary as a download (Content-Disposition: attachment). Writes an `export` audit event.',
    content: { 'application/pdf': DOWNLOAD, 'text/markdown': DOWNLOAD, 'text/csv': DOWNLOAD, 'application/fhir+json': DOWNLOAD },
  })
  async exportSummary(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Query() q: SummaryQuery): Promise<StreamableFile> {
    const file = await this.exports.summary(ctx, clientId, q);
    const options = { type: file.contentType, disposition: `attachment; filename="${file.fileName}"` };
    // One overload per kind of body and the union fits neither; StreamableFile handles both at run time.
    return new StreamableFile(file.body as Readable, options);
  }
}
