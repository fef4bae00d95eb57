import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../title';

/**
 * The page's one h1 and the browser tab's title. `documentTitle` names the page when `title` is not plain text (a
 * record's name with a status tag, say).
 */
export function PageHeader({
  title,
  extra,
  subtitle,
  documentTitle,
}: {
  title: ReactNode;
  extra?: ReactNode;
  subtitle?: ReactNode;
  documentTitle?: string | undefined;
}) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <div className="page-header">
      <div>
        <Typography.Title level={1}>{title}</Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra && <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>{extra}</div>}
    </div>
  );
}
