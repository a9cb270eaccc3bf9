#!/usr/bin/env node
// Writes templates/<lang>/ — kolops.config.json and the four header-only templates —
// with the same code `kolops init` runs (from dist/: run `npm run build` first).
// Usage: node scripts/make-templates.mjs [OUT_DIR] [YYYY-MM]   (default: templates, this month)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateBuffer, templateFileName } from '../dist/templates/build.js';
import { configText, initialConfig, PLACEHOLDER_BRANDS } from '../dist/templates/config.js';
import { TEMPLATE_KINDS } from '../dist/templates/spec.js';

const out = process.argv[2] ?? 'templates';
const now = new Date();
const month = process.argv[3] ?? `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
  console.error(`make-templates: expected YYYY-MM, got "${month}"`);
  process.exit(2);
}
const brands = PLACEHOLDER_BRANDS.map((b) => b.name);

for (const lang of ['id', 'en']) {
  const dir = join(out, lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kolops.config.json'), configText(initialConfig(Number(month.slice(0, 4)))));
  for (const kind of TEMPLATE_KINDS) {
    const file = join(dir, templateFileName(kind, lang));
    writeFileSync(file, await templateBuffer(kind, { lang, month, brands, deliverables: { videos: 3, lives: 1 } }));
    console.log(`wrote ${file}`);
  }
}
