// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const APPS = fileURLToPath(new URL('../../../', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : testFiles(path);
    return /\.(test|e2e)\.tsx?$/.test(e.name) ? [path] : [];
  });
}

// `getBy*` and `findBy*` throw when nothing (or more than one thing) matches, so wrapping them in
// `expect(…).toBeTruthy()` asserts nothing: the assertion can never be the one that fails. Say what
// is expected instead (`queryAllBy…` with `toHaveLength(1)`, or the element's text or attributes).
const WEAK = /\b(?:get|find)(?:All)?By\w+\((?:[^;]|\n)*?\)\s*\)\.toBeTruthy\(\)/;

describe('test assertions', () => {
  it('never wrap a query that throws in toBeTruthy, in the web app and the CLI', () => {
    const files = ['web/src', 'web/e2e', 'cli/src'].flatMap((d) => testFiles(join(APPS, d)));
    expect(files.length).toBeGreaterThan(50);
    const weak = files.filter((f) => WEAK.test(readFileSync(f, 'utf8'))).map((f) => f.slice(APPS.length));
    expect(weak).toEqual([]);
  });
});
