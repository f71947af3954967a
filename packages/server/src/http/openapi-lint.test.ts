import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

const dir = mkdtempSync(join(tmpdir(), 'hutong-openapi-'));
const app = fileURLToPath(new URL('../../', import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the OpenAPI document', () => {
  it('passes Redocly’s recommended lint (redocly.yaml)', () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
    const r = spawnSync(join(app, 'node_modules', '.bin', 'redocly'), ['lint', file, '--format=summary'], {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      timeout: 120_000,
    });
    expect(`${r.stdout}${r.stderr}`).toMatch(/Woohoo! Your API description is valid/);
    expect(r.status).toBe(0);
  }, 180_000);
});
