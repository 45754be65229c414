import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, createdId, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { CreateMeasureDto, InstrumentDto, MeasureDto, MeasureListDto, MeasureQuery } from './dto/measure.dto';
import { MeasuresService } from './measures.service';

@ApiTags('measures')
@Controller()
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  /** The questionnaire catalogue: no client data, so any signed-in user may read it. */
  @Get('instruments')
  @ApiOkResponse({ type: [InstrumentDto] })
  listInstruments(): InstrumentDto[] {
    return this.measures.catalogue() as unknown as InstrumentDto[];
  }

  @Clinical()
  @Post('clients/:id/measures')
  @Audited('create', 'measure', { entityId: createdId })
  @ApiCreatedResponse({ type: MeasureDto })
  createMeasure(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Body() dto: CreateMeasureDto): Promise<MeasureDto> {
    return this.measures.create(ctx, clientId, dto);
  }

  @Clinical()
  @Post('measures/:id/review')
  @HttpCode(200)
  @Audited('review', 'measure', { entityId: pathId })
  @ApiOkResponse({ type: MeasureDto })
  reviewMeasure(@Ctx() ctx: RequestContext, @IdParam() id: string): Promise<MeasureDto> {
    return this.measures.review(ctx, id);
  }

  @Clinical()
  @Get('clients/:id/measures')
  @Audited('read', 'measures')
  @ApiOkResponse({ type: MeasureListDto })
  listMeasures(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Query() q: MeasureQuery): Promise<MeasureListDto> {
    return this.measures.list(ctx, clientId, q);
  }
}
