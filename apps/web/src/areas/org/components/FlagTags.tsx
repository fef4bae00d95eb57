import type { OrgFlag } from '@cz/shared';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<OrgFlag, string> = { above_scale: 'blue', hte: 'gold', tsme: 'cyan', specialized: 'purple' };

export function FlagTags({ flags }: { flags: OrgFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return <span>—</span>;
  return (
    <Space size={[4, 4]} wrap>
      {flags.map((f) => (
        <Tag key={f} color={COLORS[f]} style={{ marginInlineEnd: 0 }}>
          {t(`enums.flag.${f}`)}
        </Tag>
      ))}
    </Space>
  );
}
