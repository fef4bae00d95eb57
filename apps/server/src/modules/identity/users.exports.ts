import { type Role, userListQuerySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { UsersService } from './users.service.ts';

const ROLE_ZH: Record<Role, string> = {
  enterprise: '企业用户',
  provider: '服务机构',
  finance: '金融机构',
  expert: '评审专家',
  evaluator: '第三方评估机构',
  admin: '管理员',
  superadmin: '超级管理员',
};
const STATUS_ZH: Record<string, string> = { active: '正常', disabled: '已停用' };

type UserItem = Awaited<ReturnType<UsersService['list']>>['items'][number];

/** User rows of an export: roles and statuses in words, times at Shanghai time; no password data of any kind. */
export function userExportRows(items: UserItem[]) {
  return items.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: ROLE_ZH[u.role] ?? u.role,
    department: u.department ?? '',
    orgName: u.orgName ?? '',
    status: STATUS_ZH[u.status] ?? u.status,
    lockedUntil: zoneTimeCell(u.lockedUntil),
    createdAt: zoneTimeCell(u.createdAt),
  }));
}

/** The user list as Excel for the administration, with the list's filters (search, role, locked). */
export function usersExportRoutes({ users }: { users: UsersService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/users/export.xlsx', {
      schema: {
        tags: ['users'],
        summary: 'Users as Excel (admin), with the filters of the list',
        querystring: userListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The users matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => users.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '用户 Users',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '用户名 Username', key: 'username', width: 20 },
            { header: '姓名 Name', key: 'displayName', width: 16 },
            { header: '角色 Role', key: 'role', width: 12 },
            { header: '部门 Department', key: 'department', width: 16 },
            { header: '所属机构 Organisation', key: 'orgName', width: 28 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '锁定至 Locked until', key: 'lockedUntil', width: 20 },
            { header: '创建时间 Created', key: 'createdAt', width: 20 },
          ],
          userExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('users'), body);
      },
    });
  };
}
