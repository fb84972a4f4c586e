#!/usr/bin/env node
// A CloudFormation schema lint, standing in for cfn-lint (Python-only; PyPI is not reachable from
// the build machines). It checks each template against AWS's resource specification as published
// in the npm package @aws-cdk/aws-service-spec (the spec database the AWS CDK generates its L1
// classes from; it is built from the CloudFormation resource provider schemas):
//
//   - unknown resource types, unknown resource attributes (keys beside Type/Properties/...)
//   - unknown properties and missing required properties, also inside nested property types
//   - property value types (string, integer, number, boolean, list, map, object, tag) and enum
//     values, where the template gives a literal; intrinsic functions (Ref, Fn::GetAtt, Fn::Join,
//     Fn::Sub, Fn::If, ...) are not evaluated
//   - broken references: Ref, Fn::GetAtt, Fn::Sub ${...}, DependsOn, Condition, Fn::If and
//     Fn::FindInMap naming something the template does not define (pseudo parameters AWS::* are
//     known), and Fn::GetAtt attributes the resource type does not have
//
// Usage: node lint.mjs <template.json>...
// Prints one line per finding, "<file>: <LogicalId> (<Type>): <message>", and exits 1 when there
// is a finding, 2 on a usage error, 0 otherwise. Templates are JSON (what `cdk synth` writes).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix',
]);
const RESOURCE_ATTRIBUTES = new Set([
  'Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy',
  'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'Version',
]);
const TEMPLATE_SECTIONS = new Set([
  'AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings',
  'Conditions', 'Transform', 'Resources', 'Outputs', 'Hooks',
]);
// The CDK's own version-reporting resource (`cdk synth` adds it unless analytics reporting is off);
// CloudFormation accepts it although the resource specification does not list it.
const CDK_METADATA = 'AWS::CDK::Metadata';

// ---------------------------------------------------------------------------------------------
// The specification: db.json.gz of @aws-cdk/aws-service-spec is a serialised entity database,
// { schema: { resource: { entities: [...] }, typeDefinition: { entities: [...] }, ... } }.
// A resource entity has cloudFormationType, properties { Name: { type, required?, previousTypes? } }
// and attributes { Name: { type } }; a property type is { type: 'string' | 'integer' | 'number' |
// 'boolean' | 'date-time' | 'json' | 'tag' | 'null' } (strings may list allowedValues),
// { type: 'array' | 'map', element }, { type: 'union', types } or { type: 'ref', reference:
// { $ref: <typeDefinition $id> } }; a typeDefinition entity has name and properties as above.
// ---------------------------------------------------------------------------------------------

function loadSpec() {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@aws-cdk/aws-service-spec/db.json.gz');
  const db = JSON.parse(gunzipSync(readFileSync(file)).toString('utf-8'));
  const resourceEntities = db?.schema?.resource?.entities;
  const typeEntities = db?.schema?.typeDefinition?.entities;
  if (!Array.isArray(resourceEntities) || !Array.isArray(typeEntities)) {
    throw new Error(`${file}: not the expected spec database layout (schema.resource.entities)`);
  }
  const resources = new Map(resourceEntities.map((r) => [r.cloudFormationType, r]));
  const types = new Map(typeEntities.map((t) => [t.$id, t]));
  return { resources, types };
}

// ---------------------------------------------------------------------------------------------
// Template helpers
// ---------------------------------------------------------------------------------------------

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const has = (object, key) => Object.hasOwn(object, key);

/** An intrinsic function or Ref: an object with one key, Ref or Fn::*. */
function isIntrinsic(v) {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (isObject(v)) return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function typeName(spec, t) {
  switch (t.type) {
    case 'array': return `list of ${typeName(spec, t.element)}`;
    case 'map': return `map of ${typeName(spec, t.element)}`;
    case 'union': return t.types.map((u) => typeName(spec, u)).join(' | ');
    case 'ref': return spec.types.get(t.reference.$ref)?.name ?? 'object';
    case 'tag': return 'Tag';
    default: return t.type;
  }
}

// ---------------------------------------------------------------------------------------------
// Property checks: each returns a list of messages (empty when the value fits)
// ---------------------------------------------------------------------------------------------

function checkValue(spec, value, type, path) {
  if (isIntrinsic(value)) return [];
  const expected = () => [`${path}: expected ${typeName(spec, type)}, got ${describe(value)}`];
  switch (type.type) {
    case 'string':
    case 'date-time':
      // CloudFormation passes numbers and booleans on as their string forms (cfn-lint accepts them too)
      if (!['string', 'number', 'boolean'].includes(typeof value)) return expected();
      if (type.allowedValues && typeof value === 'string' && !type.allowedValues.includes(value)) {
        return [`${path}: ${JSON.stringify(value)} is not one of ${type.allowedValues.join(', ')}`];
      }
      return [];
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return [];
      if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return [];
      return expected();
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return [];
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return [];
      return expected();
    case 'boolean':
      if (typeof value === 'boolean') return [];
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return [];
      return expected();
    case 'json':
      // free-form JSON; some services take it as a string too
      return isObject(value) || Array.isArray(value) || typeof value === 'string' ? [] : expected();
    case 'null':
      return [];
    case 'tag':
      if (!isObject(value)) return expected();
      return checkObject(spec, value, {
        Key: { type: { type: 'string' }, required: true },
        Value: { type: { type: 'string' }, required: true },
      }, path);
    case 'array':
      if (!Array.isArray(value)) return expected();
      return value.flatMap((v, i) => checkValue(spec, v, type.element, `${path}[${i}]`));
    case 'map':
      if (!isObject(value)) return expected();
      return Object.entries(value).flatMap(([k, v]) => checkValue(spec, v, type.element, `${path}.${k}`));
    case 'ref': {
      const def = spec.types.get(type.reference.$ref);
      if (!def) return [];
      if (!isObject(value)) return expected();
      return checkObject(spec, value, def.properties ?? {}, path);
    }
    case 'union': {
      let best;
      for (const t of type.types) {
        const found = checkValue(spec, value, t, path);
        if (found.length === 0) return [];
        if (!best || found.length < best.length) best = found;
      }
      // one line for a union of plain types; the closest variant's problems for object variants
      return type.types.every((t) => t.type !== 'ref') ? expected() : best;
    }
    default:
      return [];
  }
}

/** A property value fits its current type or, leniently, one of the types it had before. */
function checkProperty(spec, value, prop, path) {
  const found = checkValue(spec, value, prop.type, path);
  if (found.length === 0 || !prop.previousTypes) return found;
  return prop.previousTypes.some((t) => checkValue(spec, value, t, path).length === 0) ? [] : found;
}

function checkObject(spec, value, properties, path) {
  const out = [];
  const at = (name) => (path ? `${path}.${name}` : name);
  for (const [name, v] of Object.entries(value)) {
    const prop = has(properties, name) ? properties[name] : undefined;
    if (!prop) {
      out.push(`unknown property ${at(name)}`);
    } else {
      out.push(...checkProperty(spec, v, prop, at(name)));
    }
  }
  for (const [name, prop] of Object.entries(properties)) {
    if (prop.required && !has(value, name)) out.push(`missing required property ${at(name)}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reference checks
// ---------------------------------------------------------------------------------------------

function referenceChecker(spec, template) {
  const resources = isObject(template.Resources) ? template.Resources : {};
  const parameters = isObject(template.Parameters) ? template.Parameters : {};
  const conditions = isObject(template.Conditions) ? template.Conditions : {};
  const mappings = isObject(template.Mappings) ? template.Mappings : {};

  const ref = (name) => {
    if (typeof name !== 'string') return [];
    if (has(resources, name) || has(parameters, name)) return [];
    if (name.startsWith('AWS::')) {
      return PSEUDO_PARAMETERS.has(name) ? [] : [`Ref ${name}: no such pseudo parameter`];
    }
    return [`Ref ${name}: no resource or parameter ${name}`];
  };
  const getAtt = (id, attribute, label) => {
    if (typeof id !== 'string') return [];
    const how = label ?? `Fn::GetAtt ${id}${typeof attribute === 'string' ? `.${attribute}` : ''}`;
    const target = has(resources, id) ? resources[id] : undefined;
    if (!target) return [`${how}: no resource ${id}`];
    if (typeof attribute !== 'string' || !isObject(target)) return [];
    // a custom resource answers whatever attributes its provider returns
    if (target.Type === 'AWS::CloudFormation::CustomResource') return [];
    const def = spec.resources.get(target.Type);
    const attributes = def?.attributes;
    if (!attributes || has(attributes, attribute)) return [];
    if (target.Type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) return [];
    return [`${how}: ${target.Type} has no attribute ${attribute}`
      + ` (it has ${Object.keys(attributes).sort().join(', ') || 'none'})`];
  };
  const sub = (value) => {
    let text, variables = {};
    if (typeof value === 'string') text = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') {
      text = value[0];
      if (isObject(value[1])) variables = value[1];
    } else return [];
    const out = [];
    for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
      const name = m[1].trim();
      if (has(variables, name)) continue;
      const dot = name.indexOf('.');
      if (dot > 0 && !name.startsWith('AWS::')) {
        out.push(...getAtt(name.slice(0, dot), name.slice(dot + 1), `Fn::Sub \${${name}}`));
      } else {
        out.push(...ref(name).map((s) => `Fn::Sub \${${name}}: ${s.replace(/^Ref \S+: /, '')}`));
      }
    }
    return out;
  };
  const condition = (name, how) => (typeof name !== 'string' || has(conditions, name)
    ? [] : [`${how} ${name}: no condition ${name}`]);

  /** All broken references inside a value, recursively. */
  const walk = (value, inConditions = false) => {
    if (Array.isArray(value)) return value.flatMap((v) => walk(v, inConditions));
    if (!isObject(value)) return [];
    const out = [];
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [fn] = keys;
      const arg = value[fn];
      if (fn === 'Ref') out.push(...ref(arg));
      else if (fn === 'Fn::GetAtt') {
        if (typeof arg === 'string') {
          const dot = arg.indexOf('.');
          out.push(...getAtt(dot < 0 ? arg : arg.slice(0, dot), dot < 0 ? undefined : arg.slice(dot + 1)));
        } else if (Array.isArray(arg)) out.push(...getAtt(arg[0], arg[1]));
      } else if (fn === 'Fn::Sub') out.push(...sub(arg));
      else if (fn === 'Fn::If' && Array.isArray(arg)) out.push(...condition(arg[0], 'Fn::If'));
      else if (fn === 'Condition' && inConditions) out.push(...condition(arg, 'Condition'));
      else if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string'
          && !has(mappings, arg[0])) out.push(`Fn::FindInMap ${arg[0]}: no mapping ${arg[0]}`);
    }
    for (const v of Object.values(value)) out.push(...walk(v, inConditions));
    return out;
  };

  const dependsOn = (value) => [].concat(value ?? []).flatMap((id) => (typeof id !== 'string'
    || has(resources, id) ? [] : [`DependsOn ${id}: no resource ${id}`]));

  return { walk, dependsOn, condition };
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

function lintTemplate(spec, template) {
  const findings = []; // [where, message]
  const TEMPLATE = '(template) (Template)';
  if (!isObject(template)) return [[TEMPLATE, 'the template is not a JSON object']];
  for (const key of Object.keys(template)) {
    if (!TEMPLATE_SECTIONS.has(key)) findings.push([TEMPLATE, `unknown template section ${key}`]);
  }
  if (!isObject(template.Resources) || Object.keys(template.Resources).length === 0) {
    findings.push([TEMPLATE, 'no Resources: a template needs at least one resource']);
  }
  const refs = referenceChecker(spec, template);

  for (const [id, resource] of Object.entries(isObject(template.Resources) ? template.Resources : {})) {
    const type = isObject(resource) && typeof resource.Type === 'string' ? resource.Type : undefined;
    const where = `${id} (${type ?? 'no Type'})`;
    const add = (messages) => messages.forEach((m) => findings.push([where, m]));
    if (!type) {
      add(['the resource has no Type']);
      continue;
    }
    add(Object.keys(resource).filter((k) => !RESOURCE_ATTRIBUTES.has(k)).map((k) => `unknown resource attribute ${k}`));
    add(refs.dependsOn(resource.DependsOn));
    if (resource.Condition !== undefined) add(refs.condition(resource.Condition, 'Condition'));
    add(refs.walk(resource.Properties));

    const properties = resource.Properties ?? {};
    if (isIntrinsic(properties)) continue;
    if (!isObject(properties)) {
      add([`Properties: expected an object, got ${describe(properties)}`]);
      continue;
    }
    if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') {
      // a custom resource takes any properties beside its ServiceToken
      if (!has(properties, 'ServiceToken')) add(['missing required property ServiceToken']);
      continue;
    }
    if (type === CDK_METADATA) continue;
    const def = spec.resources.get(type);
    if (!def) {
      add([`unknown resource type ${type} (not in the AWS resource specification)`]);
      continue;
    }
    add(checkObject(spec, properties, def.properties ?? {}, ''));
  }

  for (const [name, output] of Object.entries(isObject(template.Outputs) ? template.Outputs : {})) {
    refs.walk(output).forEach((m) => findings.push([`${name} (Output)`, m]));
    if (isObject(output) && output.Condition !== undefined) {
      refs.condition(output.Condition, 'Condition').forEach((m) => findings.push([`${name} (Output)`, m]));
    }
  }
  for (const [name, c] of Object.entries(isObject(template.Conditions) ? template.Conditions : {})) {
    refs.walk(c, true).forEach((m) => findings.push([`${name} (Condition)`, m]));
  }
  return findings;
}

function main(files) {
  if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
    console.error('usage: node lint.mjs <template.json>...');
    return 2;
  }
  const spec = loadSpec();
  let count = 0;
  for (const file of files) {
    let template;
    try {
      template = JSON.parse(readFileSync(file, 'utf-8'));
    } catch (e) {
      console.log(`${file}: (template) (Template): cannot read the template as JSON: ${e.message}`);
      count++;
      continue;
    }
    for (const [where, message] of lintTemplate(spec, template)) {
      console.log(`${file}: ${where}: ${message}`);
      count++;
    }
  }
  if (count > 0) console.log(`lint: ${count} finding(s) in ${files.length} template(s)`);
  return count > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
