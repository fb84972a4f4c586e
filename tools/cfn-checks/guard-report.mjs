#!/usr/bin/env node
// Turns cfn-guard's structured report (`cfn-guard validate --structured --show-summary none
// --output-format json`) into one line per non-compliant resource and rule:
//
//   <file>: <LogicalId> (<Type>): [<control id>] <property> is <value>: <control title>
//
// followed by each failed control's remediation once. check.sh runs it only when cfn-guard
// reports a failure (exit status 19). Usage: node guard-report.mjs <report.json>
// Exits 1 when the report holds a failure, 0 when it holds none, 2 when it cannot be read.

import { readFileSync } from 'node:fs';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The first object inside value (depth first, value included) for which test holds. */
function find(value, test) {
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = find(v, test);
      if (hit) return hit;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (test(value)) return value;
  for (const v of Object.values(value)) {
    const hit = find(v, test);
    if (hit) return hit;
  }
  return undefined;
}

/** "[CT.LAMBDA.PR.5]: Require ...\n[FIX]: Set ..." as { id, title, fix }. */
function parseMessage(text) {
  const lines = String(text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const fixLine = lines.find((l) => l.startsWith('[FIX]'));
  const titleLine = lines.find((l) => !l.startsWith('[FIX]')) ?? '';
  const m = /^\[([^\]]+)\]:?\s*(.*)$/.exec(titleLine);
  return {
    id: m ? m[1] : undefined,
    title: m ? m[2] : titleLine,
    fix: fixLine?.replace(/^\[FIX\]:?\s*/, ''),
  };
}

/** Where a failed clause points, and what it found there. */
function locate(leaf) {
  const missing = find(leaf, (o) => isObject(o.traversed_to) && typeof o.traversed_to.path === 'string');
  if (missing) {
    const query = String(missing.remaining_query ?? '').replace(/\[\*\]$/, '');
    return { path: `${missing.traversed_to.path}/${query}`, detail: 'is missing' };
  }
  const from = find(leaf, (o) => isObject(o.from) && typeof o.from.path === 'string');
  if (from) return { path: from.from.path, detail: `is ${JSON.stringify(from.from.value)}` };
  const text = JSON.stringify(leaf);
  const m = /\/Resources\/[^\s"[\]]+/.exec(text);
  return m ? { path: m[0], detail: 'is not compliant' } : undefined;
}

function main(args) {
  if (args.length !== 1) {
    console.error('usage: node guard-report.mjs <cfn-guard structured report.json>');
    return 2;
  }
  let report;
  try {
    report = JSON.parse(readFileSync(args[0], 'utf-8'));
  } catch (e) {
    console.error(`cfn-guard report ${args[0]} is not JSON: ${e.message}`);
    return 2;
  }
  const results = Array.isArray(report) ? report : [report];
  const fixes = new Map();
  let failed = 0;

  for (const result of results) {
    if (!isObject(result) || result.status !== 'FAIL') continue;
    failed++;
    const file = result.name;
    let resources = {};
    try {
      resources = JSON.parse(readFileSync(file, 'utf-8')).Resources ?? {};
    } catch {
      // the report still names the logical ids
    }
    const lines = new Set();

    const visit = (node, rule, message) => {
      if (Array.isArray(node)) return node.forEach((n) => visit(n, rule, message));
      if (!isObject(node)) return;
      if (isObject(node.Rule)) {
        const custom = node.Rule.messages?.custom_message;
        const next = typeof custom === 'string' && custom.trim() ? parseMessage(custom) : message;
        return (node.Rule.checks ?? []).forEach((c) => visit(c, rule ?? node.Rule.name, next));
      }
      if (isObject(node.Clause) || isObject(node.Block)) {
        const where = locate(node);
        const match = where && /^\/Resources\/([^/]+)(?:\/(.*))?$/.exec(where.path);
        const id = match ? match[1] : '(template)';
        const type = resources[id]?.Type ?? (match ? '?' : 'Template');
        const property = match && match[2]
          ? match[2].split('/').map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '')
          : 'the resource';
        const control = message?.id ? `[${message.id}] ` : '';
        const title = message?.title || `guard rule ${rule}`;
        lines.add(`${file}: ${id} (${type}): ${control}${property} ${where?.detail ?? 'is not compliant'}: ${title}`);
        if (message?.fix) fixes.set(message.id ?? rule, message.fix);
        return;
      }
      Object.values(node).forEach((v) => visit(v, rule, message));
    };
    (result.not_compliant ?? []).forEach((n) => visit(n, undefined, undefined));

    if (lines.size === 0) {
      lines.add(`${file}: (template) (Template): cfn-guard reports a failure this summary cannot place; run check.sh --verbose`);
    }
    lines.forEach((l) => console.log(l));
  }
  if (fixes.size > 0) {
    console.log('How to fix:');
    for (const [id, fix] of fixes) console.log(`  [${id}] ${fix}`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
