/** The `audit` namespace in Simplified Chinese, the default language; en-US.ts must have exactly these keys. */
const dictionary = {
  audit: {
    searchPlaceholder: '搜索操作人姓名或账号、操作、对象类型或对象编号',
    title: '审计日志',
    action: '操作',
    entity: '对象类型',
    entityId: '对象编号',
    actor: '操作人',
    actorId: '操作人 ID',
    at: '时间',
    range: '时间范围',
    from: '开始日期',
    to: '结束日期',
    ip: 'IP',
    field: '字段',
    before: '修改前',
    after: '修改后',
    showAll: '显示未变化字段',
    noData: '无记录内容',
  },
};

export default dictionary;
