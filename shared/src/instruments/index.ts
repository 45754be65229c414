// Outcome questionnaires: definitions, scoring, validation and reliable change
// (docs/product.md, "Questionnaires" and "Reliable change").
export * from './types';
export { PHQ9 } from './phq9';
export { GAD7 } from './gad7';
export { RSES } from './rses';
export { ECR_R } from './ecr-r';
export { ECR_RS } from './ecr-rs';
export * from './catalogue';
export * from './score';
export * from './reliable-change';
export * from './answer-labels';
