import type { Me } from '@cz/shared';
import type { ComponentType } from 'react';
import type { Resources } from '../app/i18n/resources';

/**
 * Where a menu entry shows: `public` always, `guest` when logged out, `member` with an organisation, `provider`
 * for a provider's staff, `admin` for the Administrative Committee, `evaluator`
 * for the third-party evaluator, `account` for anyone logged in.
 */
export type NavSection = 'public' | 'guest' | 'member' | 'provider' | 'admin' | 'evaluator' | 'account';

/** One menu entry of an area. Labels are shell strings (`nav.*`), so the menu needs no area's dictionary. */
export type NavEntry = {
  key: string;
  icon: ComponentType;
  label: `nav.${keyof Resources['common']['nav'] & string}`;
  section: NavSection;
  /** Position within the section; the shell sorts the entries of all areas by it. */
  order: number;
  visible?: (me: Me) => boolean;
};
