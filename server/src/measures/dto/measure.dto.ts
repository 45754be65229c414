import { ApiProperty } from '@nestjs/swagger';
import { INSTRUMENT_CODES, InstrumentCode, MEASURE_SOURCES, MeasureSource } from '@securebase/shared';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { DateField, EnumField, UuidField } from '../../common/validation';

export class CreateMeasureDto {
  @EnumField(INSTRUMENT_CODES, 'InstrumentCode') instrument: InstrumentCode;
  @DateField() administeredOn: string;
  // Count and range are checked per instrument by the shared scorer, which names the item.
  @IsArray({ message: 'must be a list of answers' })
  @ArrayMaxSize(100, { message: 'must have at most 100 answers' })
  @ApiProperty({ type: [Number], description: 'Answers in item order (item 1 first)', example: [1, 2, 1, 0, 2, 1, 1, 0, 0] })
  responses: number[];
  @UuidField({ optional: true, nullable: true, description: 'The session it was given in, if any' }) sessionId?: string | null;
}

export class MeasureQuery extends PageQuery {
  @EnumField(INSTRUMENT_CODES, 'InstrumentCode', { optional: true }) instrument?: InstrumentCode;
}

export class MeasureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode' }) instrument: InstrumentCode;
  @ApiProperty({ format: 'date' }) administeredOn: string;
  @ApiProperty({ type: [Number] }) responses: number[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { total: 14 } }) scores: Record<string, number>;
  @ApiProperty({ type: String, nullable: true }) band: string | null;
  @ApiProperty({ type: [String], example: ['safety_item'] }) flags: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    enum: MEASURE_SOURCES,
    enumName: 'MeasureSource',
    description: 'Entered by the clinician, or answered by the client through a link',
  })
  source: MeasureSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The link the client answered through' }) invitationId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "Null until a clinician has looked at a client's answers" })
  reviewedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reviewedBy: string | null;
}

export class MeasureListDto {
  @ApiProperty({ type: [MeasureDto] }) items: MeasureDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class BandDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

export class ReliabilityDto {
  @ApiProperty({ type: Number, nullable: true }) sd: number | null;
  @ApiProperty({ type: Number, nullable: true }) r: number | null;
  @ApiProperty() source: string;
}

export class SubscaleDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty({ type: [Number] }) items: number[];
  @ApiProperty({ enum: ['sum', 'mean'] }) combine: 'sum' | 'mean';
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty({ enum: ['lower', 'higher'] }) betterDirection: 'lower' | 'higher';
  @ApiProperty({ type: ReliabilityDto }) reliability: ReliabilityDto;
}

export class FlagRuleDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
  @ApiProperty() item: number;
  @ApiProperty() above: number;
}

export class InstrumentDto {
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode' }) code: InstrumentCode;
  @ApiProperty() name: string;
  @ApiProperty() measures: string;
  @ApiProperty() itemCount: number;
  @ApiProperty({ description: 'Lowest answer on every item' }) min: number;
  @ApiProperty({ description: 'Highest answer on every item' }) max: number;
  @ApiProperty({ type: [Number] }) reversedItems: number[];
  @ApiProperty({ type: [SubscaleDto] }) subscales: SubscaleDto[];
  @ApiProperty({ required: false }) bandScale?: string;
  @ApiProperty({ type: [BandDto] }) bands: BandDto[];
  @ApiProperty({ type: [FlagRuleDto] }) flags: FlagRuleDto[];
  @ApiProperty({ type: [String], description: 'Short labels in our own words; index 0 is item 1' }) itemLabels: string[];
  @ApiProperty({ type: ReliabilityDto }) reliability: ReliabilityDto;
}
