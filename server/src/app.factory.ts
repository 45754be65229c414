import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import express, { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import passport from 'passport';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { SESSION_COOKIE } from './auth/auth.controller';
import { IDLE_LIMIT_MS, PgSessionStore } from './auth/sign-in-store';
import { Clock } from './common/clock';
import { LinkSettings } from './invitations/link-settings';
import { DeliverySettings } from './jobs/delivery-settings';
import { describeErrors, ErrorBodyDto } from './common/error-body.dto';
import { ApiError } from './common/errors';
import { AllExceptionsFilter } from './common/exception.filter';
import { PinoNestLogger } from './common/logger';
import { checkRawBody, rejectHostileShapes } from './common/request-shape';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';

export interface AppParts {
  config: Pick<AppConfig, 'sessionSecret' | 'trustProxy' | 'clientDir'> & Partial<Pick<AppConfig, 'publicUrl' | 'mail'>>;
  db: DataSource;
  logger: Logger;
  clock?: Clock;
  /** Build the route table without instantiating providers (writing openapi.json needs no database). */
  preview?: boolean;
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const BODY_LIMIT = '1mb';

export function openApiConfig() {
  return new DocumentBuilder()
    .setTitle('SecureBase API')
    .setDescription('Progress dashboard for therapists. Rules of the contract: docs/api.md.')
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .build();
}

export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const doc = SwaggerModule.createDocument(app, openApiConfig(), {
    operationIdFactory: (_controller, method) => method,
    extraModels: [ErrorBodyDto],
  });
  return describeErrors(doc);
}

function deliverySettingsOf(mail: AppConfig['mail'] | undefined): DeliverySettings {
  if (!mail) return new DeliverySettings();
  return new DeliverySettings(mail.smtpUrl, mail.from, mail.retryLimit, mail.retryDelaySeconds, mail.timeoutSeconds);
}

/** Builds the whole HTTP app (API, docs, SPA) around an open, migrated database. */
export async function createApp({ config, db, logger, clock = new Clock(), preview = false }: AppParts): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.with(db, clock, new LinkSettings(config.publicUrl ?? 'http://localhost:3000', config.sessionSecret), deliverySettingsOf(config.mail)),
    {
      bodyParser: false,
      preview,
      logger: new PinoNestLogger(logger),
    },
  );
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.setGlobalPrefix('api');

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Paths only: query strings can carry names (?q=…), which are PHI.
      serializers: {
        // A questionnaire link's token is a credential: its routes are logged as /api/q/[token].
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customProps: (req) => ({ userId: (req as unknown as Request).user ? ((req as unknown as Request).user as { id: string }).id : undefined }),
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine and Recharts set element styles at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // HSTS only means something over https; sent below when the request is secure.
      strictTransportSecurity: false,
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  // The questionnaire link's answers carry a credential in the URL: never sent on as a referrer,
  // never kept in a cache, errors included (so this runs before any route).
  app.use('/api/q/', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  // Chart data compresses about 6:1; clients on slow links (clinic Wi-Fi) feel it. Level 1, not
  // zlib's default 6: the prep panel's answer is 5 % larger (4.1 vs 4.0 KB of 14.5), and gzip was the
  // largest single cost on the server's thread (docs/performance.md, "Before the session").
  app.use(compression({ threshold: 1024, level: 1 }));

  // CSRF defence with the SameSite cookie: state changes must be JSON (a form cannot send it).
  app.use('/api', (req: Request, _res: Response, next: NextFunction) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!req.headers['content-type'] && !hasBody) return next();
    if (req.is('application/json')) return next();
    next(new ApiError('unsupported_media_type', 'Send the request body as application/json'));
  });
  app.use('/api', express.json({ limit: BODY_LIMIT, verify: checkRawBody }), rejectHostileShapes);
  app.use(
    '/api',
    session({
      name: SESSION_COOKIE,
      secret: config.sessionSecret,
      store: new PgSessionStore(db, clock),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: config.trustProxy,
      cookie: { httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: IDLE_LIMIT_MS },
    }),
  );
  app.use('/api', passport.initialize());
  app.use('/api', passport.session());

  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  serveSpa(app, config.clientDir);
  return app;
}

/** A request path as logged: no query string (it can carry names), no questionnaire-link token. */
export function loggedPath(url: string): string {
  return url.split('?')[0].replace(/^\/api\/q\/[^/]+/, '/api/q/[token]');
}

/**
 * The built React app at `/`, with client-side routes falling back to index.html; `/q/<token>` is the
 * client's questionnaire page (q.html), a page of its own that loads none of the clinician app.
 */
function serveSpa(app: NestExpressApplication, clientDir: string | undefined): void {
  if (!clientDir || !existsSync(join(clientDir, 'index.html'))) return;
  const index = join(clientDir, 'index.html');
  const questionnaire = existsSync(join(clientDir, 'q.html')) ? join(clientDir, 'q.html') : null;
  app.use('/assets', express.static(join(clientDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }));
  app.use(express.static(clientDir, { index: false, maxAge: 0 }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || !req.accepts('html')) return next();
    if (req.path.startsWith('/q/')) {
      // The address carries the link's secret: never cached, never sent on as a Referer (a build
      // without the questionnaire page answers with the app, under the same headers).
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Referrer-Policy', 'no-referrer');
      return res.sendFile(questionnaire ?? index);
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
