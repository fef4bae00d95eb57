import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('TRUST_PROXY', () => {
  it('names the proxies believed, never "any proxy"', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '::1',
    ]);
  });

  it('refuses what is not an address or a range', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'nginx.internal' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/abc' })).toThrow(/TRUST_PROXY/);
  });
});

describe('demo data in production', () => {
  it('refuses NODE_ENV=production that would seed demo data unless SEED_DEMO=1 is explicit', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SEED_DEMO=0/);
    expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO/);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: '0' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({}).seedDemo).toBe(true);
  });

  it("sends mail as the platform's one name unless MAIL_FROM says otherwise", () => {
    expect(loadConfig({}).mailFrom).toBe('长治高新区双创综合服务平台 <noreply@localhost>');
    expect(loadConfig({ MAIL_FROM: '示例 <a@example.test>' }).mailFrom).toBe('示例 <a@example.test>');
  });
});
