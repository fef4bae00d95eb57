import { z } from 'zod';

/**
 * Answers that are files, not JSON (Excel workbooks, uploaded files), are declared with `fileResponse`: the
 * OpenAPI document lists each media type with the schema `{ type: 'string', format: 'binary' }`. That is the
 * convention the route-walk test recognises as a declared non-JSON answer.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The body of a file answer: any bytes (a Buffer on the server), documented as a binary string. */
export const fileBodySchema = z.any().meta({ type: 'string', format: 'binary' });

export type FileResponse = { description: string; content: Record<string, { schema: typeof fileBodySchema }> };

/** A response declaration for a file answer of the given media types. */
export function fileResponse(description: string, types: readonly string[]): FileResponse {
  return { description, content: Object.fromEntries(types.map((type) => [type, { schema: fileBodySchema }])) };
}

/** A response declaration for an Excel workbook answer. */
export const xlsxResponse = (description: string) => fileResponse(description, [XLSX_MIME]);
