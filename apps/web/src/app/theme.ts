import type { ThemeConfig } from 'antd';

/** The zone's blue; fonts that carry Chinese well on Windows, macOS and Linux. */
export const BRAND_BLUE = '#1456c8';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerBg: '#0f3f94', headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f3f5f9' },
  },
};
