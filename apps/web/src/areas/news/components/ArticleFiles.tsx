import { DeleteOutlined, PaperClipOutlined, PictureOutlined, UploadOutlined } from '@ant-design/icons';
import type { NewsAttachment } from '@cz/shared/news';
import { App, Button, Input, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { FILE_ACCEPT, IMAGE_ACCEPT, uploadAttachment, uploadUrl } from '../../../kit/api/uploads';

/** A button that opens the file chooser: one tab stop, the file input itself hidden. */
function UploadButton({
  accept,
  label,
  icon,
  onFile,
  testId,
}: {
  accept: string;
  label: string;
  icon: React.ReactNode;
  onFile: (file: File) => Promise<void>;
  testId: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button icon={icon} loading={busy} onClick={() => input.current?.click()} data-testid={testId}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        style={{ display: 'none' }}
        tabIndex={-1}
        aria-hidden
        data-testid={`${testId}-input`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          try {
            await onFile(file);
          } finally {
            setBusy(false);
          }
        }}
      />
    </>
  );
}

/** The cover picture: one uploaded image, or none. An antd form control. */
export function CoverField({ value, onChange }: { value?: string | null; onChange?: (hash: string | null) => void }) {
  const { t } = useTranslation('news');
  const { message } = App.useApp();
  return (
    <Space orientation="vertical" data-testid="news-cover" data-hash={value ?? ''}>
      {value && <img src={uploadUrl(value)} alt={t('editor.cover.alt')} className="news-cover-preview" />}
      <Space wrap>
        <UploadButton
          accept={IMAGE_ACCEPT}
          icon={<PictureOutlined />}
          label={value ? t('editor.cover.replace') : t('editor.cover.upload')}
          testId="news-cover-upload"
          onFile={async (file) => {
            try {
              onChange?.((await uploadAttachment(file)).hash);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        />
        {value && (
          <Button icon={<DeleteOutlined />} onClick={() => onChange?.(null)}>
            {t('editor.cover.remove')}
          </Button>
        )}
      </Space>
    </Space>
  );
}

/** The attachments: uploaded files, each with the name readers see. An antd form control. */
export function AttachmentsField({
  value = [],
  onChange,
}: {
  value?: NewsAttachment[];
  onChange?: (files: NewsAttachment[]) => void;
}) {
  const { t } = useTranslation('news');
  const { message } = App.useApp();
  const set = (files: NewsAttachment[]) => onChange?.(files);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="news-attachments" data-count={value.length}>
      {value.map((f, i) => (
        <Space.Compact key={f.hash} style={{ width: '100%' }}>
          <Input
            prefix={<PaperClipOutlined />}
            value={f.name}
            maxLength={200}
            aria-label={t('editor.files.name', { n: i + 1 })}
            onChange={(e) => set(value.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('editor.files.remove', { n: i + 1 })}
            onClick={() => set(value.filter((_, j) => j !== i))}
          />
        </Space.Compact>
      ))}
      {value.length < 20 && (
        <UploadButton
          accept={FILE_ACCEPT}
          icon={<UploadOutlined />}
          label={t('editor.files.upload')}
          testId="news-attachment-upload"
          onFile={async (file) => {
            try {
              const up = await uploadAttachment(file);
              if (!value.some((x) => x.hash === up.hash))
                set([...value, { hash: up.hash, name: up.name || file.name }]);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        />
      )}
    </Space>
  );
}
