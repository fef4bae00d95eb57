import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../../kit/title';

/** A centred card for the login, registration and password pages. */
export function AuthCard({
  title,
  subtitle,
  width = 420,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  useDocumentTitle(typeof title === 'string' ? title : undefined);
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '8px 0 24px' }}>
      <Card style={{ width: '100%', maxWidth: width }}>
        <Typography.Title level={1} style={{ marginTop: 0, marginBottom: 4, fontSize: 24 }}>
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
            {subtitle}
          </Typography.Paragraph>
        )}
        {children}
      </Card>
    </div>
  );
}
