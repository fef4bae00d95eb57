import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { PolicyAttachment } from '@cz/shared/policy-docs';
import { App, Button, Input, List, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { FILE_ACCEPT, uploadAttachment, uploadUrl } from '../../../kit/api/uploads';

/**
 * A document's attachments in order, each under the name readers see: files are uploaded, then the whole list is
 * saved (`onSave`), so a change is live at once for a published document.
 */
export function AttachmentsEditor({
  value,
  onSave,
  saving,
}: {
  value: PolicyAttachment[];
  onSave: (list: PolicyAttachment[]) => Promise<unknown>;
  saving: boolean;
}) {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [names, setNames] = useState<Record<string, string>>({});
  const save = (list: PolicyAttachment[]) =>
    onSave(list).then(
      () => message.success(t('form.attachmentsSaved')),
      (err) => message.error(errorMessage(err)),
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="policy-attachments" data-count={value.length}>
      <List
        size="small"
        dataSource={value}
        locale={{ emptyText: t('form.noAttachments') }}
        renderItem={(a, i) => (
          <List.Item
            key={a.hash}
            actions={[
              <Button
                key="remove"
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('form.removeAttachment', { name: a.name })}
                onClick={() => save(value.filter((x) => x.hash !== a.hash))}
              />,
            ]}
          >
            <Space wrap>
              <Typography.Link href={uploadUrl(a.hash)} target="_blank" rel="noopener">
                <PaperClipOutlined />
              </Typography.Link>
              <Input
                size="small"
                style={{ width: 280, maxWidth: '100%' }}
                aria-label={t('form.attachmentName', { n: i + 1 })}
                value={names[a.hash] ?? a.name}
                maxLength={200}
                onChange={(e) => setNames({ ...names, [a.hash]: e.target.value })}
                onBlur={() => {
                  const name = (names[a.hash] ?? a.name).trim();
                  if (name && name !== a.name) save(value.map((x) => (x.hash === a.hash ? { ...x, name } : x)));
                }}
              />
            </Space>
          </List.Item>
        )}
      />
      <Upload
        accept={FILE_ACCEPT}
        showUploadList={false}
        multiple={false}
        customRequest={({ file, onSuccess, onError }) => {
          setUploading(true);
          uploadAttachment(file as File)
            .then((up) => save([...value, { hash: up.hash, name: up.name || (file as File).name }]))
            .then(
              () => onSuccess?.({}),
              (err) => {
                message.error(errorMessage(err));
                onError?.(err as Error);
              },
            )
            .finally(() => setUploading(false));
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading || saving} data-testid="policy-attachment-upload">
          {t('form.addAttachment')}
        </Button>
      </Upload>
    </Space>
  );
}
