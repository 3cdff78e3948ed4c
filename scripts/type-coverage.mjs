#!/usr/bin/env node
// Type coverage computed from the vendored specs: for every function that maps to an operation of
// fixtures/openapi/*.yaml, one call per top-level request property (JSON body, multipart field,
// query parameter) with a value valid for its schema, and one check per top-level property of the
// 2xx JSON response that it exists on the function's `ok` data. The output, a type test, is
// committed; tests/types/coverage.test.ts regenerates it in memory and fails when it is stale.
//
//   node scripts/type-coverage.mjs     writes tests/types/coverage.generated.test-d.ts
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const OUTPUT = "tests/types/coverage.generated.test-d.ts";

// Positional by design: the upload input is an argument of its own, not a params field.
const POSITIONAL = {
  filesUpload: ["file"],
  audioTranscription: ["file"],
  audioTranslation: ["file"],
  imagesEdits: ["image"],
  imagesVariations: ["image"],
  uploadsAddPart: ["data"],
};

// Query parameters of operations whose function has no params slot in the catalogue (openai.ex has
// none either): exposing them needs a runtime change. The generator checks this list is exact.
const NO_PARAMS_SLOT = {
  responses: ["stream"],
  finetunesListEvents: ["stream"],
};

// Query parameters of a POST beside its JSON body: the function takes them under their plain name
// (`include`, sent as `include[]` in the query), which this table of spec names cannot express.
const QUERY_ON_BODY_CALL = {
  threadRunCreate: ["include[]"],
};

const ID = JSON.stringify("id_1");

/**
 * function → call form → operation. `$P` is where the params object goes; `resp` overrides the call
 * whose `ok` data is checked (audio: the general overload, whose data is the union of formats).
 */
export const TABLE = [
  { fn: "models", call: "models()", spec: "latest", op: "GET /models" },
  { fn: "models", call: `models(${ID})`, spec: "latest", op: "GET /models/{model}" },
  { fn: "modelsDelete", call: `modelsDelete(${ID})`, spec: "latest", op: "DELETE /models/{model}" },
  { fn: "chatCompletion", call: "chatCompletion($P)", spec: "latest", op: "POST /chat/completions" },
  { fn: "completions", call: "completions($P)", spec: "latest", op: "POST /completions" },
  { fn: "embeddings", call: "embeddings($P)", spec: "latest", op: "POST /embeddings" },
  { fn: "moderations", call: "moderations($P)", spec: "latest", op: "POST /moderations" },
  { fn: "edits", call: "edits($P)", spec: "2023-12", op: "POST /edits" },
  { fn: "imagesGenerations", call: "imagesGenerations($P)", spec: "latest", op: "POST /images/generations" },
  // The SDK uploads edits as multipart (the spec also offers a JSON body of image URLs and file ids).
  { fn: "imagesEdits", call: `imagesEdits("otter.png", $P)`, spec: "latest", op: "POST /images/edits", media: "multipart/form-data" },
  { fn: "imagesVariations", call: `imagesVariations("otter.png", $P)`, spec: "latest", op: "POST /images/variations" },
  { fn: "audioSpeech", call: "audioSpeech($P)", spec: "latest", op: "POST /audio/speech" },
  {
    fn: "audioTranscription",
    call: `audioTranscription("a.mp3", $P)`,
    resp: `audioTranscription("a.mp3", {} as TranscriptionParams)`,
    spec: "latest",
    op: "POST /audio/transcriptions",
  },
  {
    fn: "audioTranslation",
    call: `audioTranslation("a.mp3", $P)`,
    resp: `audioTranslation("a.mp3", {} as TranslationParams)`,
    spec: "latest",
    op: "POST /audio/translations",
  },
  { fn: "files", call: "files($P)", spec: "latest", op: "GET /files" },
  { fn: "files", call: `files(${ID})`, spec: "latest", op: "GET /files/{file_id}" },
  { fn: "filesUpload", call: `filesUpload("train.jsonl", $P)`, spec: "latest", op: "POST /files" },
  { fn: "filesDelete", call: `filesDelete(${ID})`, spec: "latest", op: "DELETE /files/{file_id}" },
  { fn: "filesContent", call: `filesContent(${ID})`, spec: "latest", op: "GET /files/{file_id}/content" },
  { fn: "finetunes", call: "finetunes()", spec: "2023-12", op: "GET /fine-tunes" },
  { fn: "finetunes", call: `finetunes(${ID})`, spec: "2023-12", op: "GET /fine-tunes/{fine_tune_id}" },
  { fn: "finetunesCreate", call: "finetunesCreate($P)", spec: "2023-12", op: "POST /fine-tunes" },
  { fn: "finetunesCancel", call: `finetunesCancel(${ID})`, spec: "2023-12", op: "POST /fine-tunes/{fine_tune_id}/cancel" },
  { fn: "finetunesListEvents", call: `finetunesListEvents(${ID})`, spec: "2023-12", op: "GET /fine-tunes/{fine_tune_id}/events" },
  { fn: "finetunesDeleteModel", call: `finetunesDeleteModel(${ID})`, spec: "2023-12", op: "DELETE /models/{model}" },
  { fn: "engines", call: "engines()", spec: "2023-06-engines", op: "GET /engines" },
  { fn: "engines", call: `engines(${ID})`, spec: "2023-06-engines", op: "GET /engines/{engine_id}" },
  { fn: "assistants", call: "assistants($P)", spec: "latest", op: "GET /assistants" },
  { fn: "assistants", call: `assistants(${ID})`, spec: "latest", op: "GET /assistants/{assistant_id}" },
  { fn: "assistantsCreate", call: "assistantsCreate($P)", spec: "latest", op: "POST /assistants" },
  { fn: "assistantsModify", call: `assistantsModify(${ID}, $P)`, spec: "latest", op: "POST /assistants/{assistant_id}" },
  { fn: "assistantsDelete", call: `assistantsDelete(${ID})`, spec: "latest", op: "DELETE /assistants/{assistant_id}" },
  { fn: "assistantFiles", call: `assistantFiles(${ID}, $P)`, spec: "2023-12", op: "GET /assistants/{assistant_id}/files" },
  { fn: "assistantFile", call: `assistantFile(${ID}, ${ID})`, spec: "2023-12", op: "GET /assistants/{assistant_id}/files/{file_id}" },
  { fn: "assistantFileCreate", call: `assistantFileCreate(${ID}, $P)`, spec: "2023-12", op: "POST /assistants/{assistant_id}/files" },
  { fn: "assistantFileDelete", call: `assistantFileDelete(${ID}, ${ID})`, spec: "2023-12", op: "DELETE /assistants/{assistant_id}/files/{file_id}" },
  { fn: "threads", call: `threads(${ID})`, spec: "latest", op: "GET /threads/{thread_id}" },
  { fn: "threadsCreate", call: "threadsCreate($P)", spec: "latest", op: "POST /threads" },
  { fn: "threadsCreateAndRun", call: "threadsCreateAndRun($P)", spec: "latest", op: "POST /threads/runs" },
  { fn: "threadsModify", call: `threadsModify(${ID}, $P)`, spec: "latest", op: "POST /threads/{thread_id}" },
  { fn: "threadsDelete", call: `threadsDelete(${ID})`, spec: "latest", op: "DELETE /threads/{thread_id}" },
  { fn: "threadMessages", call: `threadMessages(${ID}, $P)`, spec: "latest", op: "GET /threads/{thread_id}/messages" },
  { fn: "threadMessage", call: `threadMessage(${ID}, ${ID})`, spec: "latest", op: "GET /threads/{thread_id}/messages/{message_id}" },
  { fn: "threadMessageCreate", call: `threadMessageCreate(${ID}, $P)`, spec: "latest", op: "POST /threads/{thread_id}/messages" },
  { fn: "threadMessageModify", call: `threadMessageModify(${ID}, ${ID}, $P)`, spec: "latest", op: "POST /threads/{thread_id}/messages/{message_id}" },
  { fn: "threadMessageDelete", call: `threadMessageDelete(${ID}, ${ID})`, spec: "latest", op: "DELETE /threads/{thread_id}/messages/{message_id}" },
  { fn: "threadMessageFiles", call: `threadMessageFiles(${ID}, ${ID}, $P)`, spec: "2023-12", op: "GET /threads/{thread_id}/messages/{message_id}/files" },
  {
    fn: "threadMessageFile",
    call: `threadMessageFile(${ID}, ${ID}, ${ID})`,
    spec: "2023-12",
    op: "GET /threads/{thread_id}/messages/{message_id}/files/{file_id}",
  },
  { fn: "threadRuns", call: `threadRuns(${ID}, $P)`, spec: "latest", op: "GET /threads/{thread_id}/runs" },
  { fn: "threadRun", call: `threadRun(${ID}, ${ID})`, spec: "latest", op: "GET /threads/{thread_id}/runs/{run_id}" },
  { fn: "threadRunCreate", call: `threadRunCreate(${ID}, $P)`, spec: "latest", op: "POST /threads/{thread_id}/runs" },
  { fn: "threadRunModify", call: `threadRunModify(${ID}, ${ID}, $P)`, spec: "latest", op: "POST /threads/{thread_id}/runs/{run_id}" },
  { fn: "threadRunCancel", call: `threadRunCancel(${ID}, ${ID})`, spec: "latest", op: "POST /threads/{thread_id}/runs/{run_id}/cancel" },
  {
    fn: "threadRunSubmitToolOutputs",
    call: `threadRunSubmitToolOutputs(${ID}, ${ID}, $P)`,
    spec: "latest",
    op: "POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
  },
  { fn: "threadRunSteps", call: `threadRunSteps(${ID}, ${ID}, $P)`, spec: "latest", op: "GET /threads/{thread_id}/runs/{run_id}/steps" },
  { fn: "threadRunStep", call: `threadRunStep(${ID}, ${ID}, ${ID}, $P)`, spec: "latest", op: "GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}" },
  { fn: "fineTuningJobs", call: "fineTuningJobs($P)", spec: "latest", op: "GET /fine_tuning/jobs" },
  { fn: "fineTuningJobs", call: `fineTuningJobs(${ID})`, spec: "latest", op: "GET /fine_tuning/jobs/{fine_tuning_job_id}" },
  { fn: "fineTuningJobsCreate", call: "fineTuningJobsCreate($P)", spec: "latest", op: "POST /fine_tuning/jobs" },
  { fn: "fineTuningJobsCancel", call: `fineTuningJobsCancel(${ID})`, spec: "latest", op: "POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel" },
  { fn: "fineTuningJobsEvents", call: `fineTuningJobsEvents(${ID}, $P)`, spec: "latest", op: "GET /fine_tuning/jobs/{fine_tuning_job_id}/events" },
  {
    fn: "fineTuningJobsCheckpoints",
    call: `fineTuningJobsCheckpoints(${ID}, $P)`,
    spec: "latest",
    op: "GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
  },
  { fn: "batches", call: "batches($P)", spec: "latest", op: "GET /batches" },
  { fn: "batches", call: `batches(${ID})`, spec: "latest", op: "GET /batches/{batch_id}" },
  { fn: "batchesCreate", call: "batchesCreate($P)", spec: "latest", op: "POST /batches" },
  { fn: "batchesCancel", call: `batchesCancel(${ID})`, spec: "latest", op: "POST /batches/{batch_id}/cancel" },
  { fn: "responsesCreate", call: "responsesCreate($P)", spec: "latest", op: "POST /responses" },
  { fn: "responses", call: `responses(${ID}, $P)`, spec: "latest", op: "GET /responses/{response_id}" },
  { fn: "responsesDelete", call: `responsesDelete(${ID})`, spec: "latest", op: "DELETE /responses/{response_id}" },
  { fn: "responsesCancel", call: `responsesCancel(${ID})`, spec: "latest", op: "POST /responses/{response_id}/cancel" },
  { fn: "responsesInputItems", call: `responsesInputItems(${ID}, $P)`, spec: "latest", op: "GET /responses/{response_id}/input_items" },
  { fn: "conversationsCreate", call: "conversationsCreate($P)", spec: "latest", op: "POST /conversations" },
  { fn: "conversations", call: `conversations(${ID})`, spec: "latest", op: "GET /conversations/{conversation_id}" },
  { fn: "conversationsModify", call: `conversationsModify(${ID}, $P)`, spec: "latest", op: "POST /conversations/{conversation_id}" },
  { fn: "conversationsDelete", call: `conversationsDelete(${ID})`, spec: "latest", op: "DELETE /conversations/{conversation_id}" },
  { fn: "conversationItems", call: `conversationItems(${ID}, $P)`, spec: "latest", op: "GET /conversations/{conversation_id}/items" },
  { fn: "conversationItemsCreate", call: `conversationItemsCreate(${ID}, $P)`, spec: "latest", op: "POST /conversations/{conversation_id}/items" },
  { fn: "conversationItem", call: `conversationItem(${ID}, ${ID}, $P)`, spec: "latest", op: "GET /conversations/{conversation_id}/items/{item_id}" },
  { fn: "conversationItemDelete", call: `conversationItemDelete(${ID}, ${ID})`, spec: "latest", op: "DELETE /conversations/{conversation_id}/items/{item_id}" },
  { fn: "vectorStores", call: "vectorStores($P)", spec: "latest", op: "GET /vector_stores" },
  { fn: "vectorStores", call: `vectorStores(${ID})`, spec: "latest", op: "GET /vector_stores/{vector_store_id}" },
  { fn: "vectorStoresCreate", call: "vectorStoresCreate($P)", spec: "latest", op: "POST /vector_stores" },
  { fn: "vectorStoresModify", call: `vectorStoresModify(${ID}, $P)`, spec: "latest", op: "POST /vector_stores/{vector_store_id}" },
  { fn: "vectorStoresDelete", call: `vectorStoresDelete(${ID})`, spec: "latest", op: "DELETE /vector_stores/{vector_store_id}" },
  { fn: "vectorStoresSearch", call: `vectorStoresSearch(${ID}, $P)`, spec: "latest", op: "POST /vector_stores/{vector_store_id}/search" },
  { fn: "vectorStoreFiles", call: `vectorStoreFiles(${ID}, $P)`, spec: "latest", op: "GET /vector_stores/{vector_store_id}/files" },
  { fn: "vectorStoreFile", call: `vectorStoreFile(${ID}, ${ID})`, spec: "latest", op: "GET /vector_stores/{vector_store_id}/files/{file_id}" },
  { fn: "vectorStoreFileCreate", call: `vectorStoreFileCreate(${ID}, $P)`, spec: "latest", op: "POST /vector_stores/{vector_store_id}/files" },
  { fn: "vectorStoreFileModify", call: `vectorStoreFileModify(${ID}, ${ID}, $P)`, spec: "latest", op: "POST /vector_stores/{vector_store_id}/files/{file_id}" },
  { fn: "vectorStoreFileDelete", call: `vectorStoreFileDelete(${ID}, ${ID})`, spec: "latest", op: "DELETE /vector_stores/{vector_store_id}/files/{file_id}" },
  {
    fn: "vectorStoreFileContent",
    call: `vectorStoreFileContent(${ID}, ${ID})`,
    spec: "latest",
    op: "GET /vector_stores/{vector_store_id}/files/{file_id}/content",
  },
  { fn: "vectorStoreFileBatchCreate", call: `vectorStoreFileBatchCreate(${ID}, $P)`, spec: "latest", op: "POST /vector_stores/{vector_store_id}/file_batches" },
  {
    fn: "vectorStoreFileBatch",
    call: `vectorStoreFileBatch(${ID}, ${ID})`,
    spec: "latest",
    op: "GET /vector_stores/{vector_store_id}/file_batches/{batch_id}",
  },
  {
    fn: "vectorStoreFileBatchCancel",
    call: `vectorStoreFileBatchCancel(${ID}, ${ID})`,
    spec: "latest",
    op: "POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
  },
  {
    fn: "vectorStoreFileBatchFiles",
    call: `vectorStoreFileBatchFiles(${ID}, ${ID}, $P)`,
    spec: "latest",
    op: "GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
  },
  { fn: "uploadsCreate", call: "uploadsCreate($P)", spec: "latest", op: "POST /uploads" },
  { fn: "uploadsAddPart", call: `uploadsAddPart(${ID}, new Uint8Array(1))`, spec: "latest", op: "POST /uploads/{upload_id}/parts" },
  { fn: "uploadsComplete", call: `uploadsComplete(${ID}, $P)`, spec: "latest", op: "POST /uploads/{upload_id}/complete" },
  { fn: "uploadsCancel", call: `uploadsCancel(${ID})`, spec: "latest", op: "POST /uploads/{upload_id}/cancel" },
];

/** Reads the vendored specs and returns the generated type test and its counts. */
export function generate() {
  const specs = {};
  for (const name of new Set(TABLE.map((row) => row.spec))) specs[name] = parse(readFileSync(resolve(ROOT, `fixtures/openapi/${name}.yaml`), "utf8"));
  const stats = { rows: 0, request: 0, response: 0, positional: 0, noParamsSlot: 0, queryOnBodyCall: 0 };
  const blocks = [];
  for (const row of TABLE) {
    const spec = specs[row.spec];
    const [method, path] = row.op.split(" ");
    const op = spec.paths?.[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`${row.fn}: ${row.op} is not in fixtures/openapi/${row.spec}.yaml`);
    const sampler = makeSampler(spec);
    const request = requestProperties(spec, op, row.media);
    const lines = [];
    const skipped = new Set([...(POSITIONAL[row.fn] ?? []), ...(NO_PARAMS_SLOT[row.fn] ?? []), ...(QUERY_ON_BODY_CALL[row.fn] ?? [])]);
    const base = Object.fromEntries(request.filter((p) => p.required && !skipped.has(p.name)).map((p) => [p.name, sampler(p.schema)]));
    for (const prop of request) {
      if (POSITIONAL[row.fn]?.includes(prop.name)) stats.positional++;
      else if (NO_PARAMS_SLOT[row.fn]?.includes(prop.name)) stats.noParamsSlot++;
      else if (QUERY_ON_BODY_CALL[row.fn]?.includes(prop.name)) stats.queryOnBodyCall++;
      else {
        if (!row.call.includes("$P")) throw new Error(`${row.fn}: ${prop.name} has no params slot in "${row.call}" and is in no list`);
        lines.push(`    void ${row.call.replace("$P", literal({ ...base, [prop.name]: sampler(prop.schema) }))};`);
        stats.request++;
      }
    }
    for (const [fn, names] of Object.entries({ ...NO_PARAMS_SLOT, ...QUERY_ON_BODY_CALL }))
      if (fn === row.fn) for (const name of names) if (!request.some((p) => p.name === name)) throw new Error(`${fn}: ${name} is listed but not in ${row.op}`);
    const response = responseProperties(spec, op);
    if (response.length > 0) {
      const call = row.resp ?? row.call.replace("$P", literal(base));
      lines.push(`    const call = () => ${call};`);
      for (const name of response) lines.push(`    has<Data<typeof call>, ${JSON.stringify(name)}>();`);
      stats.response += response.length;
    }
    stats.rows++;
    blocks.push(`  it(${JSON.stringify(`${row.fn} ← ${row.op} (${row.spec})`)}, () => {\n${lines.join("\n")}\n  });`);
  }
  const functions = [...new Set(TABLE.map((row) => row.fn))].sort();
  const source = `// Generated by \`node scripts/type-coverage.mjs\` from fixtures/openapi/*.yaml: do not edit.
// ${stats.rows} call forms of ${functions.length} functions; ${stats.request} request and ${stats.response} response properties checked.
import { describe, it } from "vitest";
import {
  ${functions.join(",\n  ")},
  type Result,
  type TranscriptionParams,
  type TranslationParams,
} from "../../src/index";

type Data<F extends () => Promise<Result<unknown>>> = Extract<Awaited<ReturnType<F>>, readonly ["ok", unknown, unknown]>[1];
type AllKeys<T> = T extends unknown ? keyof T : never;
/** Compiles only when K is a key of (a member of) T. */
declare function has<T, K extends AllKeys<T>>(): void;

describe("every request and response property of the vendored specs", () => {
${blocks.join("\n")}
});
`;
  return { source, stats, functions: functions.length };
}

/** Top-level request properties: JSON or multipart body properties, then query parameters. */
function requestProperties(spec, op, mediaType) {
  const props = [];
  const content = op.requestBody?.content ?? {};
  const media = content[mediaType] ?? content["application/json"] ?? content["multipart/form-data"];
  if (media?.schema) {
    const schema = deref(spec, media.schema);
    const required = new Set(collectRequired(spec, schema));
    for (const [name, sub] of Object.entries(collectProperties(spec, schema))) props.push({ name, schema: sub, required: required.has(name) });
  }
  for (const raw of op.parameters ?? []) {
    const param = deref(spec, raw);
    if (param.in === "query") props.push({ name: param.name, schema: param.schema ?? {}, required: Boolean(param.required) });
  }
  return props;
}

/** Top-level properties of the 2xx JSON response (every member of a oneOf/anyOf). */
function responseProperties(spec, op) {
  for (const [code, raw] of Object.entries(op.responses ?? {})) {
    if (!String(code).startsWith("2")) continue;
    const schema = deref(spec, raw)?.content?.["application/json"]?.schema;
    if (schema) return Object.keys(collectProperties(spec, deref(spec, schema)));
  }
  return [];
}

function deref(spec, node, seen = 0) {
  if (node && typeof node === "object" && typeof node.$ref === "string" && seen < 20) {
    const target = node.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((at, key) => at?.[key], spec);
    return deref(spec, target, seen + 1);
  }
  return node;
}

function collectProperties(spec, schema) {
  const out = {};
  const visit = (node) => {
    node = deref(spec, node);
    if (!node || typeof node !== "object") return;
    Object.assign(out, node.properties ?? {});
    for (const key of ["allOf", "anyOf", "oneOf"]) for (const member of node[key] ?? []) visit(member);
  };
  visit(schema);
  return out;
}

function collectRequired(spec, schema) {
  const node = deref(spec, schema);
  return [...(node?.required ?? []), ...(node?.allOf ?? []).flatMap((member) => collectRequired(spec, member))];
}

/** A value valid for a schema (and as small as possible): enums and consts first, required fields only. */
function makeSampler(spec) {
  const sample = (raw, depth = 0) => {
    const node = deref(spec, raw);
    if (!node || typeof node !== "object" || depth > 12) return "x";
    if ("const" in node) return node.const;
    if (Array.isArray(node.enum)) return node.enum.find((v) => v !== null) ?? null;
    if (node.allOf) {
      // Members that are plain objects merge; an empty member (a bare `{}`) adds nothing.
      const parts = node.allOf.filter((member) => Object.keys(deref(spec, member) ?? {}).length > 0).map((member) => sample(member, depth + 1));
      const objects = parts.filter((part) => part && typeof part === "object" && !Array.isArray(part));
      return objects.length > 0 ? Object.assign({}, ...objects) : (parts[0] ?? "x");
    }
    const choices = node.anyOf ?? node.oneOf;
    if (choices) {
      const members = choices.map((member) => deref(spec, member)).filter((member) => member && member.type !== "null");
      const pick = members.find((member) => member.enum || "const" in member) ?? members[0];
      return pick ? sample(pick, depth + 1) : null;
    }
    const type = Array.isArray(node.type) ? node.type.find((t) => t !== "null") : node.type;
    if (type === "string") return "x";
    if (type === "integer" || type === "number") return 1;
    if (type === "boolean") return true;
    if (type === "array") return node.items ? [sample(node.items, depth + 1)] : [];
    if (type === "object" || node.properties) {
      const required = new Set(collectRequired(spec, node));
      const props = collectProperties(spec, node);
      return Object.fromEntries(
        Object.entries(props)
          .filter(([name]) => required.has(name))
          .map(([name, sub]) => [name, sample(sub, depth + 1)]),
      );
    }
    return "x";
  };
  return sample;
}

function literal(value) {
  return JSON.stringify(value);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { source, stats, functions } = generate();
  writeFileSync(resolve(ROOT, OUTPUT), source);
  console.log(`${OUTPUT}: ${stats.rows} call forms of ${functions} functions, ${stats.request} request and ${stats.response} response properties`);
}
