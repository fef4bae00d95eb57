import { Col, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { ListToolbar } from './ListToolbar';

export type Choice<V extends string | number> = {
  value: V | undefined;
  label: string;
  options: { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
  testId?: string;
  /** Its width in the row's 24 columns from `md` up; the choices share what the search leaves when not told. */
  span?: number;
};

/**
 * The toolbar most lists share: a search field (what the URL's `q` holds), the choices beside it (a status, a kind),
 * further fields (`children`, each in its own `Col`), and the list's actions (its export) on the right. Each field is
 * labelled for screen readers by its placeholder.
 */
export function SearchToolbar<V extends string | number>({
  q,
  placeholder,
  onSearch,
  searchTestId,
  searchSpan,
  choice,
  choices = choice ? [choice] : [],
  children,
  actions,
}: {
  q: string | undefined;
  placeholder: string;
  onSearch: (q: string) => void;
  searchTestId?: string;
  /** The search field's width from `md` up: all of the row alone, 14 beside one choice, 8 beside several. */
  searchSpan?: number;
  /** One choice; the same as `choices={[choice]}`. */
  choice?: Choice<V>;
  choices?: Choice<V>[];
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const search = searchSpan ?? (choices.length === 0 && !children ? 24 : choices.length === 1 ? 14 : 8);
  const shared = choices.length > 0 ? Math.floor((24 - search) / choices.length) : 0;
  return (
    <ListToolbar actions={actions}>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={search}>
          <Input.Search
            key={q ?? ''}
            defaultValue={q}
            allowClear
            placeholder={placeholder}
            aria-label={placeholder}
            onSearch={(v) => onSearch(v.trim())}
            data-testid={searchTestId}
          />
        </Col>
        {choices.map((c) => (
          <Col key={c.label} xs={choices.length === 1 ? 24 : 12} md={c.span ?? shared}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={c.label}
              aria-label={c.label}
              value={c.value}
              options={c.options}
              onChange={(v: V | undefined) => c.onChange(v)}
              data-testid={c.testId}
            />
          </Col>
        ))}
        {children}
      </Row>
    </ListToolbar>
  );
}
