import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERROR_CODES, type ErrorBody } from '@passerelles/contracts';
import { HttpError } from './http-error';

const PART_LABELS: Record<string, string> = { body: 'corps', querystring: 'paramètres de requête', params: 'chemin', headers: 'en-têtes' };

/** Fastify's own client errors, mapped to stable codes and French messages. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: ERROR_CODES.MALFORMED_BODY, message: 'Le corps de la requête n’est pas du JSON valide.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: ERROR_CODES.MALFORMED_BODY, message: 'Le corps JSON de la requête est vide.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: ERROR_CODES.UNSUPPORTED_MEDIA_TYPE, message: 'Type de contenu non pris en charge : envoyez application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: ERROR_CODES.MALFORMED_BODY, message: 'La longueur annoncée du corps ne correspond pas.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: ERROR_CODES.PAYLOAD_TOO_LARGE, message: 'Le corps de la requête est trop volumineux.' },
  FST_ERR_CTP_INVALID_TYPE: { status: 400, code: ERROR_CODES.MALFORMED_BODY, message: 'Le type de contenu est invalide.' },
  FST_ERR_BAD_URL: { status: 400, code: ERROR_CODES.VALIDATION_FAILED, message: 'L’adresse demandée est mal formée.' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, code: ERROR_CODES.VALIDATION_FAILED, message: 'Requête invalide.' },
};

/**
 * One error handler, one error shape: `{ code, message, details? }`.
 * Client mistakes are 4xx with what to fix; anything else is a 500 that reveals nothing.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).type('application/json').send(body);

    if (error instanceof HttpError) {
      const retryAfter = (error as HttpError & { retryAfter?: number }).retryAfter;
      if (retryAfter) reply.header('retry-after', String(retryAfter));
      return send(error.statusCode, { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body';
      return send(400, {
        code: ERROR_CODES.VALIDATION_FAILED,
        message: `Requête invalide (${PART_LABELS[part] ?? part}).`,
        details: error.validation.map((v) => ({
          location: part,
          path: v.instancePath.replace(/^\//, '').split('/').filter(Boolean),
          message: v.message,
        })),
      });
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return send(known.status, { code: known.code, message: known.message });
    if (error.statusCode === 429) {
      return send(429, { code: ERROR_CODES.RATE_LIMITED, message: 'Trop de requêtes : réessayez dans un instant.' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(error.statusCode, { code: ERROR_CODES.VALIDATION_FAILED, message: 'Requête invalide.' });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its contract');
    } else {
      request.log.error({ err: error }, 'unhandled error');
    }
    return send(500, { code: ERROR_CODES.INTERNAL_ERROR, message: 'Erreur interne : l’équipe a été prévenue, réessayez plus tard.' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: ERROR_CODES.NOT_FOUND, message: `Aucune ressource à l’adresse ${request.method} ${request.url.split('?')[0]}.` } satisfies ErrorBody);
  });
}
