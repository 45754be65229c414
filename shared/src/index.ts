export * from './vocabulary';
export * from './rules';
export * from './client-rules';
export * from './instruments';
export * from './error-codes';
