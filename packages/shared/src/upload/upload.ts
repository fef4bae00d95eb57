import { z } from 'zod';

/** A stored upload, named by its content hash. */
export const uploadedSchema = z.object({ hash: z.string(), size: z.number(), mime: z.string(), name: z.string() });
export type Uploaded = z.infer<typeof uploadedSchema>;
