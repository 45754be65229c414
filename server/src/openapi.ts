import { DataSource } from 'typeorm';
import pino from 'pino';
import { createApp, createOpenApiDocument } from './app.factory';

/** The OpenAPI description as committed in openapi.json (stable key order, trailing newline). */
export async function renderOpenApi(): Promise<string> {
  const db = new DataSource({ type: 'postgres' });
  const app = await createApp({
    config: { sessionSecret: 'x'.repeat(32), trustProxy: false, clientDir: undefined },
    db,
    logger: pino({ level: 'silent' }),
    preview: true,
  });
  const doc = createOpenApiDocument(app);
  await app.close();
  return `${JSON.stringify(doc, null, 2)}\n`;
}
