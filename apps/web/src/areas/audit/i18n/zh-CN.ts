/** The `audit` namespace in Simplified Chinese, the default language; en-US.ts must have exactly these keys. */
const dictionary = {
  audit: {
    title: '审计日志',
    action: '操作',
    actionPlaceholder: '操作前缀，如 org.',
    entity: '对象类型',
    entityId: '对象编号',
    actor: '操作人',
    actorId: '操作人 ID',
    at: '时间',
    ip: 'IP',
    field: '字段',
    before: '修改前',
    after: '修改后',
    showAll: '显示未变化字段',
    noData: '无记录内容',
    system: '系统',
  },
};

export default dictionary;
