import type { ReactNode } from 'react';

/** A list's filters on the left, its actions (export, reset) on the right; wraps on narrow screens. */
export function ListToolbar({ children, actions }: { children?: ReactNode; actions?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start', marginBottom: 16 }}>
      <div style={{ flex: '1 1 480px', minWidth: 0 }}>{children}</div>
      {actions && <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>{actions}</div>}
    </div>
  );
}
