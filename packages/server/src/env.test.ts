import { describe, expect, it } from 'vitest';
import { readHttpEnv } from './env';

describe('HUTONG_TRUST_PROXY', () => {
  it('is a number of hops or the proxies addresses, and names itself when it is neither', () => {
    expect(readHttpEnv({}).HUTONG_TRUST_PROXY).toBe(0);
    expect(readHttpEnv({ HUTONG_TRUST_PROXY: '2' }).HUTONG_TRUST_PROXY).toBe(2);
    expect(readHttpEnv({ HUTONG_TRUST_PROXY: '10.0.0.2, 10.1.0.0/16,loopback' }).HUTONG_TRUST_PROXY).toEqual([
      '10.0.0.2',
      '10.1.0.0/16',
      'loopback',
    ]);
    expect(() => readHttpEnv({ HUTONG_TRUST_PROXY: 'proxy.example' })).toThrow(/HUTONG_TRUST_PROXY/);
    expect(() => readHttpEnv({ HUTONG_TRUST_PROXY: '17' })).toThrow(/HUTONG_TRUST_PROXY: at most 16/);
  });
});
