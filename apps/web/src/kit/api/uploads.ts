import type { Uploaded } from '@cz/shared/upload';
import { API_BASE, type UploadHooks, uploadFile } from './client';

/** The types the server accepts, by file extension when the browser does not know the type. */
export const UPLOAD_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
export const IMAGE_ACCEPT = '.png,.jpg,.jpeg,image/png,image/jpeg';
export const FILE_ACCEPT = '.png,.jpg,.jpeg,.pdf,.zip,.docx';

export function contentTypeOf(file: File): string {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return UPLOAD_TYPES[ext] ?? file.type ?? 'application/octet-stream';
}

/** Sends a file as the raw body with its content type; the server answers with its content hash. */
export function uploadAttachment(file: File, hooks: UploadHooks = {}): Promise<Uploaded> {
  return uploadFile<Uploaded>('/uploads', { name: file.name }, file, contentTypeOf(file), hooks);
}

export const uploadUrl = (hash: string) => `${API_BASE}/uploads/${hash}`;
