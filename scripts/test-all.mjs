#!/usr/bin/env node
// The README's test command: type check, lint, both builds, Firefox lint, unit tests, browser tests.
// Ends with one plain `N passed, N failed` line adding up every step, so a run that executed nothing is visible.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'kefu-test-'));
let passed = 0;
let failed = 0;
const timings = [];

function step(name, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

/** A check that is one pass/fail (type check, lint, build). */
function check(name, cmd, args) {
  if (step(name, cmd, args)) passed++;
  else failed++;
}

/** A test runner step: its own counts go into the total; a crash with no counts is one failure. */
function suite(name, args) {
  const summary = join(tmp, `${name}.json`);
  const ok = step(name, 'npx', ['vitest', 'run', ...args], { KEFU_UNIT_SUMMARY: summary, KEFU_SUMMARY_LABEL: name });
  if (!existsSync(summary)) {
    failed++;
    return;
  }
  const counts = JSON.parse(readFileSync(summary, 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) failed++;
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint', 'npx', ['biome', 'check', '.']);
check('build-chrome', 'npx', ['wxt', 'build']);
check('content-script-size', 'node', ['scripts/check-size.mjs']);
check('build-firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('lint-firefox', 'node', ['scripts/lint-firefox.mjs']);
suite('unit', []);
suite('browser', ['-c', 'vitest.e2e.config.ts']);

console.log(`\n${timings.join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
