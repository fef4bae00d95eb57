import type zhCN from './zh-CN';

/** The `audit` namespace in English: same shape as zh-CN, a missing or extra key is a type error. */
const dictionary: typeof zhCN = {
  audit: {
    searchPlaceholder: 'Search actor name or login, action, entity or entity id',
    title: 'Audit log',
    action: 'Action',
    entity: 'Entity',
    entityId: 'Entity id',
    actor: 'Actor',
    actorId: 'Actor id',
    at: 'Time',
    range: 'Period',
    from: 'From',
    to: 'To',
    ip: 'IP',
    field: 'Field',
    before: 'Before',
    after: 'After',
    showAll: 'Show unchanged fields',
    noData: 'No recorded content',
  },
};

export default dictionary;
