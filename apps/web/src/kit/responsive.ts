import { Grid } from 'antd';

/** Drawers and modals take the whole width on phones. */
export function useOverlayWidth(wide: number): number | string {
  const screens = Grid.useBreakpoint();
  return screens.md ? wide : '100%';
}

/** Fixed table columns help wide tables on desktops; on phones they would leave no room for the rest. */
export function useFixedColumn(side: 'left' | 'right'): 'left' | 'right' | undefined {
  const screens = Grid.useBreakpoint();
  return screens.md ? side : undefined;
}
