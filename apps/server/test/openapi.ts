import type { TestApp } from './harness.ts';

/** A JSON schema as the OpenAPI document gives it (the subset the walks read). */
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: unknown;
};

export type Parameter = {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
};

export type Operation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, `/api/v1/orgs/{id}`. */
  path: string;
  name: string;
  parameters: Parameter[];
  /** The content types of the request body and their schemas. */
  body: Record<string, JsonSchema>;
  /** The operation's own security, when it declares one (none: the document's default, a session). */
  security: Record<string, string[]>[] | undefined;
  /** The declared answers by status code: their content types and schemas. */
  responses: Record<string, Record<string, JsonSchema>>;
};

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the app's OpenAPI document, in document order. */
export async function operationsOf(t: TestApp): Promise<Operation[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  if (res.statusCode !== 200) throw new Error(`no OpenAPI document: ${res.statusCode}`);
  const doc = res.json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Parameter[];
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
          security?: Record<string, string[]>[];
          responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
        }
      >
    >;
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const body = Object.fromEntries(
        Object.entries(op.requestBody?.content ?? {}).map(([type, media]) => [type, media.schema ?? {}]),
      );
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        name: `${method.toUpperCase()} ${path}`,
        parameters: op.parameters ?? [],
        body,
        security: op.security,
        responses: Object.fromEntries(
          Object.entries(op.responses ?? {}).map(([code, r]) => [
            code,
            Object.fromEntries(Object.entries(r.content ?? {}).map(([type, media]) => [type, media.schema ?? {}])),
          ]),
        ),
      });
    }
  }
  return ops;
}

/** Whether an operation needs a logged-in user: it declares no security of its own, or names the session. */
export const needsSession = (op: Operation) => op.security === undefined || op.security.some((s) => 'session' in s);

/** The path with each parameter replaced by `value(name)`. */
export const fillPath = (op: Operation, value: (name: string) => string) =>
  op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(value(name)));
