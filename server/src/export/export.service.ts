import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { checkDateRange } from '../common/date-range';
import type { RequestContext } from '../common/request-context';
import { CaseSummary, withoutNotes } from './case-summary';
import { CaseSummaryLoader } from './case-summary.loader';
import { ExportFormat, SummaryQuery } from './dto/summary-query.dto';
import { renderCsv } from './render-csv';
import { renderFhir } from './render-fhir';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';
import { fileName } from './summary-format';

export interface ExportFile {
  body: Readable | Buffer;
  contentType: string;
  fileName: string;
}

const FORMATS: Record<ExportFormat, { contentType: string; ext: string; render: (c: CaseSummary) => Buffer | Promise<Readable> }> = {
  pdf: { contentType: 'application/pdf', ext: 'pdf', render: renderPdf },
  md: { contentType: 'text/markdown; charset=utf-8', ext: 'md', render: renderMarkdown },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', ext: 'csv', render: renderCsv },
  fhir: { contentType: 'application/fhir+json; charset=utf-8', ext: 'fhir.json', render: renderFhir },
};

@Injectable()
export class ExportService {
  constructor(
    private readonly access: AccessService,
    private readonly loader: CaseSummaryLoader,
  ) {}

  /** The case summary in one format. Without `includeNotes` every piece of free text is removed before rendering. */
  async summary(ctx: RequestContext, clientId: string, q: SummaryQuery): Promise<ExportFile> {
    checkDateRange(q);
    await this.access.requireClient(ctx, clientId, 'read');
    const includeNotes = q.includeNotes ?? false;
    const loaded = await this.loader.load(ctx.actor.practiceId, clientId, q.from ?? null, q.to ?? null);
    const summary = includeNotes ? loaded : withoutNotes(loaded);
    const format = FORMATS[q.format];
    const body = await format.render(summary);
    return { body, contentType: format.contentType, fileName: fileName(summary, format.ext) };
  }
}
