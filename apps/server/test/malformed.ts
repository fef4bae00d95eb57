import { fillPath, type JsonSchema, type Operation, type Parameter } from './openapi.ts';
import type { Body } from './request.ts';

/** One malformed request of an operation. */
export type Variant = {
  label: string;
  url: string;
  body?: Body;
  headers?: Record<string, string>;
  /** Sent as every role, not only as the one the rotation picks. */
  everyone?: boolean;
};

const LONG = 'x'.repeat(10_000);
const HAS_BODY = new Set(['POST', 'PUT', 'PATCH']);

const typesOf = (s: JsonSchema): string[] => {
  if (s.anyOf ?? s.oneOf) return (s.anyOf ?? s.oneOf ?? []).flatMap(typesOf);
  if (s.enum) return ['enum'];
  if (s.const !== undefined) return ['enum'];
  return [s.type ?? 'any'].flat();
};

/** A value that the schema probably accepts, so that one malformed part of a request is what gets refused. */
export function sample(s: JsonSchema, name = ''): unknown {
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt.find((a) => a.type !== 'null') ?? alt[0] ?? {}, name);
  if (s.allOf) return sample(Object.assign({}, ...s.allOf), name);
  const type = [s.type ?? 'string'].flat().find((x) => x !== 'null') ?? 'string';
  switch (type) {
    case 'integer':
    case 'number': {
      const wanted = /year/i.test(name) ? 2026 : /amount|price|value|fen/i.test(name) ? 10_000 : 1;
      return Math.min(Math.max(wanted, s.minimum ?? wanted), s.maximum ?? wanted);
    }
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k] ?? {}, k)]));
    default:
      if (s.format === 'date-time' || /At$|^from$|^to$|start|end/.test(name)) return '2026-06-01T02:00:00.000Z';
      if (s.format === 'date' || /On$|date/i.test(name)) return '2026-06-01';
      if (s.format === 'email') return 'walk@example.com';
      if (s.format === 'uri' || /url/i.test(name)) return 'http://127.0.0.1:9';
      if (s.pattern === '^[0-9a-f]{64}$') return 'a'.repeat(64);
      return 'x'.repeat(Math.max(s.minLength ?? 0, 3));
  }
}

/** Values that do not fit a JSON field of this schema (or fit it and still strain what lies behind it). */
function badJsonValues(s: JsonSchema): [string, unknown][] {
  const types = typesOf(s);
  const out: [string, unknown][] = [
    ['null', null],
    ['object', { $gt: '' }],
  ];
  if (types.includes('integer') || types.includes('number'))
    out.push(
      ['string number', '99999999999'],
      ['huge', 99999999999],
      ['1e308', 1e308],
      ['negative', -1],
      ['fraction', 1.5],
      ['max safe', Number.MAX_SAFE_INTEGER],
    );
  else if (types.includes('boolean')) out.push(['string', 'yes'], ['number', 2]);
  else if (types.includes('array'))
    out.push(['string', 'not-a-list'], ['nulls', [null, null]], ['numbers', [1e308, -1]]);
  else if (types.includes('object')) out.push(['string', 'not-an-object'], ['list', []]);
  else
    out.push(
      ['number', 123],
      ['long', LONG],
      ['NUL', 'a\u0000b'],
      ['month 13', '2026-13-01'],
      ['year 0', '0000-01-01'],
      ['lone surrogate', '\ud800'],
      ['empty', ''],
      ['list', ['a']],
    );
  return out;
}

/** Values that do not fit a query or path parameter of this schema. */
function badParamValues(p: Parameter): [string, string][] {
  const out: [string, string][] = [
    ['empty', ''],
    ['NUL', 'a\u0000b'],
    ['long', LONG.slice(0, 5000)],
    ['word', 'abc'],
    ['huge', '99999999999'],
    ['1e308', '1e308'],
    ['negative', '-1'],
    ['fraction', '1.5'],
    ['month 13', '2026-13-01'],
    ['year 0', '0000-01-01T00:00:00Z'],
  ];
  if (p.in === 'path')
    out.push(['zero', '0'], ['101 characters', '1'.repeat(101)], ['dots', '../..'], ['percent', '%']);
  return out;
}

const queryString = (q: Record<string, unknown>) => {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(q))
    for (const item of [v].flat()) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(item))}`);
  return parts.length ? `?${parts.join('&')}` : '';
};

/** The fields of a JSON body, two levels deep: [path, schema]. */
function fieldsOf(s: JsonSchema, prefix: string[] = []): [string[], JsonSchema][] {
  const out: [string[], JsonSchema][] = [];
  for (const [k, child] of Object.entries(s.properties ?? {})) {
    out.push([[...prefix, k], child]);
    if (prefix.length === 0 && child.properties) out.push(...fieldsOf(child, [k]));
  }
  return out;
}

const withField = (body: unknown, path: string[], value: unknown): unknown => {
  const copy = structuredClone(body) as Record<string, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) {
    if (typeof at[k] !== 'object' || at[k] === null) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[path.at(-1) as string] = value;
  return copy;
};

/**
 * The malformed requests of one operation: each path and query parameter in turn given values that do not fit, each
 * field of the JSON body (two levels deep) given the wrong type, an over-long string, a NUL byte, impossible dates or
 * huge numbers; required fields missing, unknown fields added; a body that is not JSON, broken JSON, a list.
 * Everything else in the request is a plausible value, so each variant is refused for one reason.
 */
export function variantsOf(op: Operation): Variant[] {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const goodPath = Object.fromEntries(pathParams.map((p) => [p.name, String(sample(p.schema ?? {}, p.name))]));
  const goodQuery = Object.fromEntries(
    queryParams.filter((p) => p.required).map((p) => [p.name, sample(p.schema ?? {}, p.name)]),
  );
  const url = (path: Record<string, string>, query: Record<string, unknown>) =>
    fillPath(op, (name) => path[name] ?? '1') + queryString(query);
  const json = op.body['application/json'];
  const goodBody = (json ? sample(json) : undefined) as Body;
  const base = url(goodPath, goodQuery);
  const out: Variant[] = [];

  for (const p of pathParams)
    for (const [label, v] of badParamValues(p))
      out.push({
        label: `path ${p.name}: ${label}`,
        url: url({ ...goodPath, [p.name]: v }, goodQuery),
        body: goodBody,
      });
  if (pathParams[0]) out[0] = { ...(out[0] as Variant), everyone: true };
  for (const p of queryParams) {
    for (const [label, v] of badParamValues(p))
      out.push({
        label: `query ${p.name}: ${label}`,
        url: url(goodPath, { ...goodQuery, [p.name]: v }),
        body: goodBody,
      });
    out.push({
      label: `query ${p.name}: twice`,
      url: url(goodPath, { ...goodQuery, [p.name]: ['1', 'abc'] }),
      body: goodBody,
    });
  }
  if (json) {
    for (const [path, schema] of fieldsOf(json))
      for (const [label, v] of badJsonValues(schema))
        out.push({
          label: `body ${path.join('.')}: ${label}`,
          url: base,
          body: withField(goodBody, path, v) as object,
        });
    out.push({ label: 'body: empty object', url: base, body: {}, everyone: true });
    for (const k of json.required ?? []) {
      const { [k]: _, ...rest } = goodBody as Record<string, unknown>;
      out.push({ label: `body: without ${k}`, url: base, body: rest });
    }
    out.push({
      label: 'body: unknown fields',
      url: base,
      body: { ...(goodBody as object), junk: LONG, __proto__x: 1 },
    });
    out.push({ label: 'body: a list', url: base, body: '[1,2]', headers: { 'content-type': 'application/json' } });
    out.push({ label: 'body: null', url: base, body: 'null', headers: { 'content-type': 'application/json' } });
    out.push({ label: 'body: a number', url: base, body: '1e308', headers: { 'content-type': 'application/json' } });
  }
  if (HAS_BODY.has(op.method)) {
    out.push({
      label: 'body: not JSON',
      url: base,
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
      everyone: true,
    });
    out.push({
      label: 'body: broken JSON',
      url: base,
      body: '{"a":',
      headers: { 'content-type': 'application/json' },
    });
    out.push({ label: 'body: JSON without a type', url: base, body: '{}', headers: { 'content-type': '' } });
  }
  if (out.length === 0)
    out.push({ label: 'unknown query', url: `${base}${base.includes('?') ? '&' : '?'}junk=%00`, everyone: true });
  return spread(out, MAX_VARIANTS);
}

/** At most this many variants per operation keep the walk within a minute on two cores. */
const MAX_VARIANTS = 40;

/** `max` of the variants, evenly spaced over the list (so every parameter and field keeps some), and all `everyone`. */
function spread(all: Variant[], max: number): Variant[] {
  if (all.length <= max) return all;
  const step = all.length / max;
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.floor(i * step));
  return all.filter((v, i) => v.everyone || picked.has(i));
}
