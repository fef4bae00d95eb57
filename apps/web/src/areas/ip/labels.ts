import {
  IP_ACQUISITIONS,
  IP_EVENT_KINDS,
  IP_KIND_CODES,
  IP_LEGAL_STATUSES,
  IP_VERIFICATIONS,
  type IpClass,
} from '@cz/shared/ip';
import { useTranslation } from 'react-i18next';
import { tKey } from '../../app/i18n';

/** The registry's enums in the reader's language, with options for the filters and the form. */
export function useIpLabels() {
  useTranslation('ip'); // re-render on a change of language
  const kind = (k: string) => tKey(`ip:kinds.${k}`);
  const legalStatus = (s: string) => tKey(`ip:legalStatuses.${s}`);
  const acquisition = (a: string) => tKey(`ip:acquisitions.${a}`);
  const verification = (v: string) => tKey(`ip:verifications.${v}`);
  const eventKind = (e: string) => tKey(`ip:eventKinds.${e}`);
  const ipClass = (c: IpClass | null) => (c ? tKey(`ip:classes.${c}`) : tKey('ip:classes.none'));
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  return {
    kind,
    legalStatus,
    acquisition,
    verification,
    eventKind,
    ipClass,
    kindOptions: options(IP_KIND_CODES, kind),
    legalStatusOptions: options(IP_LEGAL_STATUSES, legalStatus),
    acquisitionOptions: options(IP_ACQUISITIONS, acquisition),
    verificationOptions: options(IP_VERIFICATIONS, verification),
    eventKindOptions: options(IP_EVENT_KINDS, eventKind),
  };
}
