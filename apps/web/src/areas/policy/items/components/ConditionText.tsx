import { UserOutlined } from '@ant-design/icons';
import type { Condition } from '@cz/shared/policy';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useItemLabels } from '../labels';
import { conditionSentences, type Sentence } from '../sentences';

function Sentences({ list }: { list: Sentence[] }) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  return (
    <ul className="policy-item-sentences">
      {list.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the sentences of a stored condition keep their order
        <li key={i} data-by-hand={s.byHand ? 'true' : undefined}>
          {labels.words(s.words)}
          {s.byHand && (
            <Tag icon={<UserOutlined aria-hidden />} color="blue" style={{ marginInlineStart: 6 }}>
              {t('items.builder.byHand')}
            </Tag>
          )}
          {s.children && <Sentences list={s.children} />}
        </li>
      ))}
    </ul>
  );
}

/** An item's condition as sentences, the ones reviewed by hand marked. */
export function ConditionText({ condition }: { condition: Condition }) {
  return (
    <div data-testid="item-conditions">
      <Sentences list={conditionSentences(condition)} />
    </div>
  );
}
