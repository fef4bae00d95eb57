import type { TestProject } from 'vitest/node';
import { createTemplate, dropDatabase, startTestServer } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dbAdminUrl: string;
    dbTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = await createTemplate(server.adminUrl);
  project.provide('dbAdminUrl', server.adminUrl);
  project.provide('dbTemplate', template);
  return async () => {
    await dropDatabase(server.adminUrl, template).catch(() => {});
    await server.stop();
  };
}
