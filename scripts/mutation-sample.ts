/**
 * A mutation score for the engine from a seeded sample of its lines (docs/mutation.md).
 *
 * The whole engine is ~3,100 mutants and every one runs the oracle's property tests: hours on two
 * cores. A seeded random sample of code lines (every engine file, the same fraction of each) gives an
 * estimate whose error the report states. `--fraction 1` runs the whole engine.
 *
 *   npx tsx scripts/mutation-sample.ts [--fraction 0.1] [--seed 1]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@hutong/domain';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const fraction = Number(arg('fraction', '0.1'));
const seed = Number(arg('seed', '1'));
if (!(fraction > 0 && fraction <= 1)) throw new Error('--fraction: a number in (0, 1]');

const domain = fileURLToPath(new URL('../packages/domain', import.meta.url));
const files = execFileSync('git', ['ls-files', 'src/engine'], { cwd: domain, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

// Lines that can hold a mutant: not blank, not a comment, not an import or a type-only line.
const code = (line: string) => {
  const t = line.trim();
  return (
    t !== '' &&
    !t.startsWith('//') &&
    !t.startsWith('*') &&
    !t.startsWith('/*') &&
    !t.startsWith('import ') &&
    !t.startsWith('export type ') &&
    !t.startsWith('export interface ') &&
    !/^[})\]];?$/.test(t)
  );
};

const rnd = seededRandom(seed);
const mutate: string[] = [];
let candidates = 0;
for (const file of files) {
  const lines = readFileSync(join(domain, file), 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!code(line)) return;
    candidates++;
    if (fraction === 1 || rnd() < fraction) mutate.push(`${file}:${i + 1}-${i + 1}`);
  });
}
console.log(
  `sampled ${mutate.length} of ${candidates} code lines in ${files.length} engine files (seed ${seed})`,
);

const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate.join(',')], {
  cwd: domain,
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);

interface Report {
  files: Record<
    string,
    {
      mutants: {
        status: string;
        mutatorName: string;
        replacement?: string;
        location: { start: { line: number } };
      }[];
    }
  >;
}
const report = JSON.parse(readFileSync(join(tmpdir(), 'hutong-mutation', 'mutation.json'), 'utf8')) as Report;
const counts: Record<string, number> = {};
const survivors: string[] = [];
for (const [file, { mutants }] of Object.entries(report.files))
  for (const m of mutants) {
    counts[m.status] = (counts[m.status] ?? 0) + 1;
    if (m.status === 'Survived' || m.status === 'NoCoverage')
      survivors.push(
        `${relative(domain, join(domain, file))}:${m.location.start.line} ${m.mutatorName} → ${(m.replacement ?? '').slice(0, 60)} (${m.status})`,
      );
  }
const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
const score = valid ? detected / valid : 0;
// A binomial estimate's standard error, for a sample; none when every line ran.
const error = fraction < 1 && valid ? Math.sqrt((score * (1 - score)) / valid) : 0;
console.log(
  JSON.stringify(
    {
      seed,
      fraction,
      lines: mutate.length,
      mutants: Object.values(counts).reduce((a, b) => a + b, 0),
      counts,
      score: Math.round(score * 1000) / 10,
      standardError: Math.round(error * 1000) / 10,
      survivors,
    },
    null,
    2,
  ),
);
