import { UploadOutlined } from '@ant-design/icons';
import type { Uploaded } from '@cz/shared/upload';
import { App, Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { FILE_ACCEPT, IMAGE_ACCEPT, uploadAttachment, uploadUrl } from '../api/uploads';

/**
 * Uploads files one by one as raw bodies (POST /uploads) and reports their content hashes. Images only when
 * `images` is set (instrument photos). The test id marks a wrapper holding the file input and the list; its
 * data-count is the number of files uploaded.
 */
export function FileUploader({
  value = [],
  onChange,
  images = false,
  max = 20,
  testId,
  names,
}: {
  value?: string[];
  onChange?: (hashes: string[]) => void;
  /** The file names of hashes already in `value` (shown instead of the hash's start). */
  names?: Record<string, string>;
  images?: boolean;
  max?: number;
  testId?: string;
}) {
  const { t } = useTranslation(['instrument', 'order']);
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>(() =>
    value.map((h) => ({ uid: h, name: names?.[h] ?? h.slice(0, 12), status: 'done', url: uploadUrl(h) })),
  );
  const hashes = (list: UploadFile[]) =>
    list.filter((f) => f.status === 'done').map((f) => (f.response as Uploaded | undefined)?.hash ?? f.uid);

  return (
    <div data-testid={testId} data-count={hashes(files).length}>
      <Upload
        accept={images ? IMAGE_ACCEPT : FILE_ACCEPT}
        listType={images ? 'picture-card' : 'text'}
        fileList={files}
        maxCount={max}
        multiple
        customRequest={({ file, onSuccess, onError, onProgress }) => {
          uploadAttachment(file as File, { onProgress: (f) => onProgress?.({ percent: f * 100 }) }).then(
            (res) => onSuccess?.(res),
            (err) => {
              message.error(errorMessage(err));
              onError?.(err as Error);
            },
          );
        }}
        onChange={({ fileList }) => {
          const next = fileList
            .filter((f) => f.status !== 'error')
            .map((f) => {
              const res = f.response as Uploaded | undefined;
              return res ? { ...f, url: uploadUrl(res.hash) } : f;
            });
          setFiles(next);
          onChange?.(hashes(next));
        }}
      >
        {images ? (
          files.length < max && (
            <div>
              <UploadOutlined />
              <div style={{ marginTop: 4 }}>{t('myInstruments.uploadPhoto')}</div>
            </div>
          )
        ) : (
          <Button icon={<UploadOutlined />}>{t('order:orders.upload')}</Button>
        )}
      </Upload>
    </div>
  );
}
