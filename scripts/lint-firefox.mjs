#!/usr/bin/env node
// `web-ext lint` on the Firefox build: errors fail, warnings are printed. Runs offline (no update checks).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = '.output/firefox-mv2';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`${dir} is missing: run "npx wxt build -b firefox" first.`);
  process.exit(1);
}
const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  env: { ...process.env, WEB_EXT_TELEMETRY: 'false' },
});
let report;
try {
  report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint gave no JSON report:\n', result.stdout, result.stderr);
  process.exit(1);
}
const show = (list) => list.map((m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`).join('\n');
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
if (report.warnings.length) console.log(show(report.warnings));
if (report.errors.length) {
  console.error(show(report.errors));
  process.exit(1);
}
