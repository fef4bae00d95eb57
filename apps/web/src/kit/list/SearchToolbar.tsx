import { Col, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { ListToolbar } from './ListToolbar';

type Choice<V extends string> = {
  value: V | undefined;
  label: string;
  options: { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
  testId: string;
};

/**
 * The toolbar most lists share: a search field (what the URL's `q` holds), at most one choice beside it (a status),
 * and the list's actions (its export) on the right. Each field is labelled for screen readers by its placeholder.
 */
export function SearchToolbar<V extends string>({
  q,
  placeholder,
  onSearch,
  searchTestId,
  choice,
  actions,
}: {
  q: string | undefined;
  placeholder: string;
  onSearch: (q: string) => void;
  searchTestId: string;
  choice?: Choice<V>;
  actions?: ReactNode;
}) {
  return (
    <ListToolbar actions={actions}>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={choice ? 14 : 24}>
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
        {choice && (
          <Col xs={24} md={10}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={choice.label}
              aria-label={choice.label}
              value={choice.value}
              options={choice.options}
              onChange={(v: V | undefined) => choice.onChange(v)}
              data-testid={choice.testId}
            />
          </Col>
        )}
      </Row>
    </ListToolbar>
  );
}
