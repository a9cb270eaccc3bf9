#!/usr/bin/env node
// Regenerates the rule table in README.md from the built rules' metadata (`npm run build` first).
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { replaceRuleTable } from '../dist/rules/docs.js';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceRuleTable(readme, rules));
console.log(`README.md: ${rules.length} rules`);
