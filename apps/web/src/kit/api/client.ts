/** The typed fetch client of /api/v1: JSON in and out, the session cookie, one error type. */
export const API_BASE = '/api/v1';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown[];
  constructor(code: string, status: number, message: string, details: unknown[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/** Leaves out empty values; lists go as comma-separated values, as the server's filters expect. */
export function toQueryString(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** Turns a response body into an ApiError; bodies that are not the API's error shape keep the HTTP status. */
export function errorFromBody(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string; details?: unknown[] } };
    if (body.error?.code)
      return new ApiError(body.error.code, status, body.error.message ?? body.error.code, body.error.details ?? []);
  } catch {
    // not JSON: fall through
  }
  return new ApiError(status >= 500 ? 'internal' : 'http.bad_request', status, text.slice(0, 200) || `HTTP ${status}`);
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal;
};

export async function api<T>(path: string, { method = 'GET', body, query, signal }: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(query)}`, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('network', 0, (err as Error).message);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!response.ok) throw errorFromBody(response.status, text);
  return (text ? JSON.parse(text) : undefined) as T;
}

function filenameFrom(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

/** Downloads a file from the API (exports, templates) with the session cookie and saves it under its own name. */
export async function downloadFile(path: string, query: QueryParams | undefined, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(query)}`, { credentials: 'same-origin' });
  } catch (err) {
    throw new ApiError('network', 0, (err as Error).message);
  }
  if (!response.ok) throw errorFromBody(response.status, await response.text());
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameFrom(response.headers.get('content-disposition'), fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type UploadHooks = {
  /** Fraction of the body sent, 0–1. */
  onProgress?: (fraction: number) => void;
  /** The body is sent; the server is working on it. */
  onUploaded?: () => void;
};

/**
 * Sends a file as the raw request body. XMLHttpRequest, not fetch, because only it reports upload progress.
 */
export function uploadFile<T>(
  path: string,
  query: QueryParams,
  file: Blob,
  contentType: string,
  hooks: UploadHooks = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}${toQueryString(query)}`);
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) hooks.onProgress?.(e.loaded / e.total);
    };
    xhr.upload.onload = () => {
      hooks.onProgress?.(1);
      hooks.onUploaded?.();
    };
    xhr.onerror = () => reject(new ApiError('network', 0, 'network error'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError('internal', xhr.status, 'unreadable response'));
        }
      } else reject(errorFromBody(xhr.status, xhr.responseText));
    };
    xhr.send(file);
  });
}
