import type { ThemeConfig } from 'antd';

/** The zone's blue; fonts that carry Chinese well on Windows, macOS and Linux. */
export const BRAND_BLUE = '#1456c8';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    // Links and info take the brand blue too: antd's #1677ff measures 4.1:1 on white, under WCAG AA's 4.5:1.
    colorLink: BRAND_BLUE,
    colorInfo: BRAND_BLUE,
    // Status colours one or two shades darker than antd's, so that status tags, danger buttons and success text
    // reach 4.5:1 (antd's green text on its pale green is 2.2:1, its red on white 3.3:1).
    colorSuccess: '#237804',
    colorError: '#cf1322',
    colorWarning: '#ad6800',
    // …on antd's own pale backgrounds (derived from the darker seeds they would turn grey-green).
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorErrorBg: '#fff1f0',
    colorErrorBorder: '#ffccc7',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    borderRadius: 6,
    // Secondary text, menu group titles and placeholders dark enough for WCAG AA (4.5:1) on white and on the
    // page's grey; antd's defaults (45 % and 25 % black) measure about 2.5:1 and 1.6:1.
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
  components: {
    Layout: { headerBg: '#0f3f94', headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f3f5f9' },
  },
};
