#!/usr/bin/env node
// Turns an upstream OpenAI OpenAPI file into the copy this project keeps in fixtures/openapi/.
//
//   npm run spec:sync -- <upstream.yaml> [more.yaml ...]      name taken from the file name
//   npm run spec:sync -- <upstream.yaml> --name latest         explicit name (one input only)
//
// The copy's name: `--name`, else the part after "openai-openapi-" in the input's file name
// (openai-openapi-2023-12.yaml → 2023-12.yaml). A file called plainly openapi.yaml needs --name.
//
// What is kept: structure only (paths, operations, parameters, request and response schemas,
// enums, formats, defaults, examples with sentence-like strings neutralised). What is removed: every prose field (description, summary,
// title, externalDocs, every x-* extension, tag descriptions, info's text) so that no sentence of
// the upstream documentation is copied. Then the fixes Prism needs are applied (see fixSchema and
// fixResponseHeaders). Output is deterministic: key order follows the input, same input → same bytes.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const OUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/openapi");

/** Keys dropped from every spec object (never from data such as examples, nor from name maps). */
const PROSE = new Set(["description", "summary", "title", "externalDocs", "termsOfService", "contact"]);
/** Keys whose value is data (copied verbatim): an example payload may well hold a "description". */
const DATA = new Set(["example", "default", "enum", "const", "value", "required"]);
/** Keys whose value maps names (property names, paths, status codes...) to spec objects. */
const NAME_MAPS = new Set([
  "paths",
  "webhooks",
  "properties",
  "patternProperties",
  "responses",
  "content",
  "headers",
  "encoding",
  "schemas",
  "parameters",
  "requestBodies",
  "securitySchemes",
  "links",
  "callbacks",
  "variables",
  "examples",
  "$defs",
  "definitions",
  "dependentSchemas",
  "pathItems",
  "mapping",
  "scopes",
]);

/** An example string that reads as a sentence (4+ words) becomes a neutral placeholder: examples keep
 * their shape (what Prism answers with) without carrying upstream wording. */
const PLACEHOLDER = "text";
function neutral(data) {
  if (typeof data === "string") return data.trim().split(/\s+/).length >= 4 ? PLACEHOLDER : data;
  if (Array.isArray(data)) return data.map(neutral);
  if (data === null || typeof data !== "object") return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, neutral(value)]));
}

/**
 * Removes prose, recursively; `mapOf` is set when `node`'s keys are names, not keywords (it is the
 * key that holds the map). A Response object must have a `description` (OpenAPI requires it and
 * Prism ignores a response without one): it keeps an empty one.
 */
function strip(node, mapOf) {
  if (Array.isArray(node)) return node.map((item) => strip(item));
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (mapOf) {
      out[key] = strip(value);
      if (mapOf === "responses" && value && typeof value === "object" && !("$ref" in value)) out[key] = { description: "", ...out[key] };
      continue;
    }
    if (PROSE.has(key) || key.startsWith("x-")) continue;
    if (key === "example" || key === "value") out[key] = neutral(value);
    else if (DATA.has(key)) out[key] = value;
    // `examples` is a name map of Example objects in media types, a plain data list in schemas
    else if (key === "examples" && Array.isArray(value)) out[key] = neutral(value);
    // `parameters` is a list in operations, a name map under components
    else out[key] = strip(value, NAME_MAPS.has(key) && !Array.isArray(value) ? key : undefined);
  }
  return out;
}

const admitsNull = (s) => s && typeof s === "object" && (s.nullable === true || s.type === "null" || (Array.isArray(s.type) && s.type.includes("null")));
/** Keywords that annotate a schema rather than constrain it: they stay outside an added anyOf. */
const ANNOTATIONS = new Set(["default", "example", "examples", "deprecated", "readOnly", "writeOnly"]);

/**
 * Prism (ajv) cannot compile `nullable` without `type`: such a schema becomes an explicit union
 * with `{type: "null"}` (appended to an existing anyOf/oneOf unless a member already admits null).
 * `nullable: false` says nothing and goes. A `required` name that is not among the schema's own
 * `properties` (2023-12's `thread_id` of the run requests, a path parameter) is dropped: a
 * validator would otherwise reject every correct request.
 */
function fixSchema(schema) {
  if (schema.nullable === false) delete schema.nullable;
  if (schema.nullable === true && schema.type === undefined) {
    delete schema.nullable;
    const union = schema.anyOf ? "anyOf" : schema.oneOf ? "oneOf" : undefined;
    if (union) {
      if (!schema[union].some(admitsNull)) schema[union].push({ type: "null" });
    } else {
      const rest = {};
      for (const key of Object.keys(schema)) {
        if (ANNOTATIONS.has(key)) continue;
        rest[key] = schema[key];
        delete schema[key];
      }
      schema.anyOf = [rest, { type: "null" }];
    }
  }
  const props = schema.properties;
  if (Array.isArray(schema.required) && props && typeof props === "object" && !schema.allOf && !schema.anyOf && !schema.oneOf) {
    schema.required = schema.required.filter((name) => Object.hasOwn(props, name));
    if (schema.required.length === 0) delete schema.required;
  }
}

/** Every object that sits where a schema sits, recursively (schemas nest in many places). */
function visitSchemas(node, visit, isSchema = false) {
  if (Array.isArray(node)) return node.forEach((item) => visitSchemas(item, visit, isSchema));
  if (node === null || typeof node !== "object") return;
  if (isSchema) visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (isSchema && (key === "example" || key === "examples" || key === "default" || key === "enum" || key === "const")) continue;
    if (key === "schema" || key === "items" || key === "additionalProperties" || key === "not") visitSchemas(value, visit, true);
    else if (key === "allOf" || key === "anyOf" || key === "oneOf" || key === "prefixItems") visitSchemas(value, visit, true);
    else if ((key === "properties" || key === "schemas" || key === "patternProperties") && value && typeof value === "object")
      for (const child of Object.values(value)) visitSchemas(child, visit, true);
    else visitSchemas(value, visit, false);
  }
}

/** `Transfer-Encoding` is a hop-by-hop header, never part of an API contract (/audio/speech declares it). */
function fixResponseHeaders(paths) {
  for (const item of Object.values(paths ?? {}))
    for (const operation of Object.values(item ?? {}))
      for (const response of Object.values(operation?.responses ?? {})) {
        if (!response?.headers) continue;
        for (const name of Object.keys(response.headers)) if (name.toLowerCase() === "transfer-encoding") delete response.headers[name];
        if (Object.keys(response.headers).length === 0) delete response.headers;
      }
}

/** The project's copy of one upstream document (a pure function of its text). */
export function toFixture(text) {
  const upstream = parse(text, { maxAliasCount: -1 });
  const { info = {}, ...rest } = upstream;
  const doc = strip(rest);
  // info: only what OpenAPI requires and the licence; its description is prose
  const kept = { title: info.title, version: info.version, ...(info.license ? { license: info.license } : {}) };
  const ordered = { openapi: doc.openapi, info: kept, ...doc };
  visitSchemas(ordered, fixSchema);
  fixResponseHeaders(ordered.paths);
  return stringify(ordered, { aliasDuplicateObjects: false, lineWidth: 0, sortMapEntries: false });
}

function fixtureName(file, explicit) {
  if (explicit) return explicit;
  const match = /^openai-openapi-(.+?)\.ya?ml$/.exec(basename(file));
  if (!match) throw new Error(`${file}: cannot tell the copy's name from the file name; pass --name <name>`);
  return match[1];
}

function main(argv) {
  const files = [];
  let name;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--name") name = argv[++i];
    else if (argv[i]?.startsWith("--name=")) name = argv[i].slice(7);
    else files.push(argv[i]);
  }
  if (files.length === 0) throw new Error("usage: npm run spec:sync -- <upstream.yaml> [more.yaml ...] [--name <name>]");
  if (name && files.length > 1) throw new Error("--name applies to a single input file");
  mkdirSync(OUT_DIR, { recursive: true });
  for (const file of files) {
    const target = resolve(OUT_DIR, `${fixtureName(file, name)}.yaml`);
    writeFileSync(target, toFixture(readFileSync(file, "utf8")));
    console.log(`${file} → ${target}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
