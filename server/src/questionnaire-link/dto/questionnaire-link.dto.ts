import { ApiProperty } from '@nestjs/swagger';
import { INSTRUMENT_CODES, InstrumentCode } from '@securebase/shared';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { DateField, EnumField, IntField, NestedField, UuidField } from '../../common/validation';

export class LinkDescriptionDto {
  @ApiProperty({ description: 'The only thing shown before the date of birth is confirmed' }) practiceName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class VerifyLinkDto {
  @DateField({ description: "The client's date of birth, as the practice has it" }) dateOfBirth: string;
}

export class LinkInstrumentDto {
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode' }) code: InstrumentCode;
  @ApiProperty() name: string;
  @ApiProperty() itemCount: number;
  @ApiProperty({ description: 'Lowest answer on every item' }) min: number;
  @ApiProperty({ description: 'Highest answer on every item' }) max: number;
  @ApiProperty({ type: [String], description: 'What each answer means, lowest first (our own words)' }) answerLabels: string[];
  @ApiProperty({ type: [String], description: 'A short label per item in our own words; index 0 is item 1' }) itemLabels: string[];
}

export class LinkGoalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class VerifiedLinkDto {
  @ApiProperty({ type: [LinkInstrumentDto] }) instruments: LinkInstrumentDto[];
  @ApiProperty({ type: [LinkGoalDto], description: 'Active goals, only when the link asks for goal ratings' }) goals: LinkGoalDto[];
}

export class WrongDateOfBirthDto {
  @ApiProperty({ description: 'Wrong dates left before the link locks' }) attemptsLeft: number;
}

export class LinkMeasureDto {
  @EnumField(INSTRUMENT_CODES, 'InstrumentCode') instrument: InstrumentCode;
  // Count and range are checked per instrument by the shared scorer, which names the item.
  @IsArray({ message: 'must be a list of answers' })
  @ArrayMaxSize(100, { message: 'must have at most 100 answers' })
  @ApiProperty({ type: [Number], description: 'Answers in item order (item 1 first)' })
  responses: number[];
}

export class LinkGoalRatingDto {
  @UuidField() goalId: string;
  @IntField({ min: 0, max: 10 }) rating: number;
}

export class SubmitLinkDto {
  @NestedField(() => LinkMeasureDto, { isArray: true, maxItems: 5, description: 'One entry per questionnaire on the link, each answered in full' })
  measures: LinkMeasureDto[];
  @NestedField(() => LinkGoalRatingDto, { isArray: true, optional: true, maxItems: 50, description: 'Ratings of goals shown at verification' })
  goalRatings?: LinkGoalRatingDto[];
}

export class SubmittedDto {
  @ApiProperty({ type: String, nullable: true, description: "The practice's crisis resources, only when PHQ-9 item 9 was answered above 0" })
  crisisResources: string | null;
}
