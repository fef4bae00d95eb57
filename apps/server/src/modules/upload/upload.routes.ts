import { errorBodySchema, fileResponse, uploadedSchema, uploadHashSchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../kernel/config.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { ANYONE, rawBodyScope } from '../../kernel/http.ts';
import { UPLOAD_TYPES, type UploadService } from './upload.service.ts';

export function uploadRoutes({ uploads, config }: { uploads: UploadService; config: Config }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['uploads'];
    // The files of the accepted types arrive as raw bodies on this route only.
    await app.register(
      rawBodyScope(Object.keys(UPLOAD_TYPES), config.uploadLimit, async (scope) => {
        scope.post('/uploads', {
          schema: {
            tags,
            summary: 'Upload a file as the raw body (PNG, JPEG, PDF, ZIP, DOCX); stored by content hash',
            querystring: z.object({ name: z.string().trim().max(200).default('') }),
            response: {
              201: uploadedSchema,
              415: errorBodySchema,
            },
          },
          bodyLimit: config.uploadLimit,
          handler: async (request, reply) => {
            if (!Buffer.isBuffer(request.body)) throw commonErrors.validation('send the file as the raw request body');
            const mime =
              String(request.headers['content-type'] ?? '')
                .split(';')[0]
                ?.trim() ?? '';
            return reply.status(201).send(await uploads.store(request.actor, request.body, mime, request.query.name));
          },
        });
      }),
    );
    app.get('/uploads/:hash', {
      schema: {
        tags,
        summary:
          'Download a file: public ones (instrument photos) to anyone; others to their uploaders, administrators and the parties of the records they are attached to',
        security: ANYONE(),
        params: z.object({ hash: uploadHashSchema }),
        response: {
          200: fileResponse('The stored file, served with the type it was uploaded as', Object.keys(UPLOAD_TYPES)),
          401: errorBodySchema,
          404: errorBodySchema,
        },
      },
      handler: async (request, reply) => {
        const file = await uploads.read(request.actor, request.params.hash);
        // Content never changes under its hash, but who may read a private file can: browsers and proxies keep none.
        return reply
          .header('content-type', file.mime)
          .header('cache-control', file.public ? 'public, max-age=31536000, immutable' : 'private, no-store')
          .header(
            'content-disposition',
            `${file.image ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
          )
          .send(file.body);
      },
    });
  };
}
