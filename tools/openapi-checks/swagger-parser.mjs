#!/usr/bin/env node
// Validates an OpenAPI document with the JavaScript swagger-parser (@apidevtools/swagger-parser):
// the document against the OpenAPI schema of its version, then every $ref resolved and the
// document dereferenced, as JavaScript tools that read it (code generators, mock servers) do.
//
// Usage: node swagger-parser.mjs <openapi.json>
// Prints the parser's error and exits 1 when the document is invalid, 2 on a usage error, 0 otherwise.

import SwaggerParser from '@apidevtools/swagger-parser';

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error('usage: node swagger-parser.mjs <openapi.json>');
  process.exit(2);
}
try {
  const api = await SwaggerParser.validate(file);
  console.log(`swagger-parser: ${file}: valid OpenAPI ${api.openapi ?? api.swagger}`);
} catch (e) {
  console.log(`swagger-parser: ${file}: ${e.message}`);
  for (const detail of e.details ?? []) {
    console.log(`  at ${(detail.instancePath ?? '') || '/'}: ${detail.message}${detail.params ? ' ' + JSON.stringify(detail.params) : ''}`);
  }
  process.exit(1);
}
