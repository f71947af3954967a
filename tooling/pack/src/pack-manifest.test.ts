import { describe, expect, it } from 'vitest';
import { externalPackages, packageOf } from './external-packages';
import { packManifest } from './pack-manifest';

describe('packManifest', () => {
  it('gives each dependency its catalog range, so npm can install the packed directory', () => {
    const m = packManifest({
      name: '@hutong/x',
      version: '1.0.0',
      description: 'x',
      dependencies: ['zod', '@trpc/client'],
      fields: { bin: { x: 'x.js' } },
    });
    expect(m.dependencies).toEqual({
      zod: expect.stringMatching(/^\^?4\./),
      '@trpc/client': expect.any(String),
    });
    expect(JSON.stringify(m)).not.toMatch(/catalog:|workspace:/);
    expect(m.bin).toEqual({ x: 'x.js' });
  });

  it('refuses a dependency the catalog does not know', () => {
    expect(() =>
      packManifest({ name: 'x', version: '1.0.0', description: '', dependencies: ['left-pad'], fields: {} }),
    ).toThrow(/left-pad, which is not in the pnpm catalog/);
  });
});

describe('externalPackages', () => {
  it('lists the npm packages chunks import, without builtins or relative chunks', () => {
    expect(packageOf('@trpc/server/adapters/standalone')).toBe('@trpc/server');
    expect(packageOf('fs')).toBeNull();
    expect(
      externalPackages([
        {
          type: 'chunk',
          fileName: 'a.js',
          imports: ['node:fs', 'b-x1.js', 'zod/v4', 'ink'],
          dynamicImports: ['@a/b/c'],
        },
        { type: 'chunk', fileName: 'b-x1.js', imports: [] },
        { type: 'asset' },
      ]),
    ).toEqual(['@a/b', 'ink', 'zod']);
  });
});
