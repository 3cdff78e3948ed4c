/**
 * `filesUploadLarge` end to end: create an Upload, send the file in parts read from disk as Blob
 * slices (two in flight at most, so memory stays flat whatever the size), retry a failed part on its
 * own, complete with the part ids in order, and cancel the Upload when it cannot finish.
 */
import { resolveConfig, type Config } from "../config";
import { abortedError, argumentError, parseError, withContext, type OpenAIError } from "../errors";
import { err, ok, type Result } from "../result";
import type { OpenAIFile } from "../types/files";
import type { Upload } from "../types/uploads";
import { uploadsAddPart } from "../api/uploads/uploadsAddPart";
import { uploadsCancel } from "../api/uploads/uploadsCancel";
import { uploadsComplete } from "../api/uploads/uploadsComplete";
import { uploadsCreate } from "../api/uploads/uploadsCreate";
import { checkParams } from "../_internal/args";
import { FALLBACK_TYPE, toFilePart, typeOfName } from "../_internal/file";
import { nextWait, sleep, type RetryPolicy } from "../_internal/retry";

/** OpenAI's largest part. */
const DEFAULT_PART_SIZE = 64 * 1024 * 1024;
/** Parts sent at once: enough to keep the connection busy, few enough to bound memory. */
const IN_FLIGHT = 2;
const DEFAULT_PART_RETRIES = 3;
const LOCAL_KEYS = ["partSize", "partRetries", "filename", "mime_type"];

/** Runs the whole upload; see `filesUploadLarge`. */
export async function uploadLarge(file: unknown, params: unknown, config: unknown): Promise<Result<OpenAIFile>> {
  const problem = checkParams(params, false) ?? checkOptions(params as Record<string, unknown>);
  if (problem) return err(problem);
  const options = params as Record<string, unknown>;
  const resolved = resolveConfig(config);
  if ("kind" in resolved) return err(resolved);
  const source = await toFilePart(file, "file");
  if ("kind" in source) return err(source);

  const rest = Object.fromEntries(Object.entries(options).filter(([key]) => !LOCAL_KEYS.includes(key)));
  const created = await uploadsCreate(
    {
      ...rest,
      purpose: options.purpose as string,
      bytes: source.blob.size,
      filename: (options.filename as string | undefined) ?? source.filename,
      mime_type: (options.mime_type as string | undefined) ?? (await mimeTypeOf(source.blob, (options.filename as string | undefined) ?? source.filename)),
    },
    config as Config,
  );
  if (created[0] === "error") return created;
  const upload = created[1];

  const partSize = (options.partSize as number | undefined) ?? DEFAULT_PART_SIZE;
  const { retryDelay, maxRetryAfter, signal } = resolved.httpOptions;
  const policy: PartPolicy = { retry: (options.partRetries as number | undefined) ?? DEFAULT_PART_RETRIES, retryDelay, maxRetryAfter, signal };
  const sent = await sendParts(upload.id, source.blob, partSize, policy, withHttp(config, { retry: 0 }));
  if (!Array.isArray(sent)) return abandon(upload, sent.error, `part ${sent.index + 1} of ${partCount(source.blob.size, partSize)}`, config);

  const completed = await uploadsComplete(upload.id, { part_ids: sent }, config as Config);
  if (completed[0] === "error") return abandon(upload, completed[1], "completing it", config);
  const done: Upload = completed[1];
  if (!done.file || typeof done.file !== "object") {
    const what = `POST /uploads/${upload.id}/complete`;
    return err(parseError(JSON.stringify(done), what, `The completed Upload ${upload.id} has no file object (${what})`));
  }
  return ok(done.file, completed[2]);
}

function checkOptions(params: Record<string, unknown>): OpenAIError | undefined {
  const { partSize, partRetries } = params;
  if (partSize !== undefined && (typeof partSize !== "number" || !Number.isInteger(partSize) || partSize < 1)) {
    return argumentError("params.partSize", "params.partSize must be a positive integer number of bytes");
  }
  if (partRetries !== undefined && (typeof partRetries !== "number" || !Number.isInteger(partRetries) || partRetries < 0)) {
    return argumentError("params.partRetries", "params.partRetries must be a non-negative integer");
  }
  return undefined;
}

/**
 * The Upload's `mime_type`: the Blob's own type, else the type of `filename`'s extension (the name
 * given in params wins over the input's, which is "upload" for bare bytes). `mime` knows no `.jsonl`,
 * the usual large upload (batch and fine-tuning input), and OpenAI rejects
 * `application/octet-stream` for those: send `text/jsonl`.
 */
async function mimeTypeOf(blob: Blob, filename: string): Promise<string> {
  const type = blob.type && blob.type !== FALLBACK_TYPE ? blob.type : await typeOfName(filename);
  return type === FALLBACK_TYPE && filename.toLowerCase().endsWith(".jsonl") ? "text/jsonl" : type;
}

function partCount(size: number, partSize: number): number {
  return Math.max(1, Math.ceil(size / partSize));
}

type PartFailure = { index: number; error: OpenAIError };
/** How parts are retried: the request layer's policy, with `partRetries` as the number of retries. */
type PartPolicy = RetryPolicy & { signal?: AbortSignal };

/** Sends every part, `IN_FLIGHT` at a time; resolves with the part ids in file order, or the first failure. */
async function sendParts(uploadId: string, blob: Blob, partSize: number, policy: PartPolicy, config: Config): Promise<string[] | PartFailure> {
  const count = partCount(blob.size, partSize);
  const ids: string[] = Array.from({ length: count }, () => "");
  let next = 0;
  let failure: PartFailure | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < count) {
      const index = next++;
      // A slice of a file-backed Blob holds no bytes: they are read from disk while the part is sent.
      const data = blob.slice(index * partSize, Math.min(blob.size, (index + 1) * partSize), "application/octet-stream");
      const result = await sendPart(uploadId, data, index, policy, config);
      if (result[0] === "ok") ids[index] = result[1];
      else failure ??= { index, error: result[1] };
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, worker));
  return failure ?? ids;
}

/**
 * One part, retried on its own by this loop alone: each call runs with `retry: 0` (`config` says so),
 * and `nextWait` (the request layer's own policy) decides whether and how long to wait.
 */
async function sendPart(
  uploadId: string,
  data: Blob,
  index: number,
  policy: PartPolicy,
  config: Config,
): Promise<readonly ["ok", string] | readonly ["error", OpenAIError]> {
  for (let attempt = 0; ; attempt++) {
    const result = await uploadsAddPart(uploadId, { data, filename: `part-${index + 1}` }, config);
    if (result[0] === "ok") return ["ok", result[1].id];
    const wait = nextWait(result[1], attempt, policy);
    if (wait === "stop") return ["error", result[1]];
    if (!(await sleep(wait, policy.signal))) return ["error", abortedError(`POST /uploads/${uploadId}/parts`)];
  }
}

/** Cancels the Upload (best effort, even when the caller's signal fired) and returns the error that stopped it. */
async function abandon(upload: Upload, error: OpenAIError, stage: string, config: unknown): Promise<Result<OpenAIFile>> {
  // A fresh signal replaces the caller's (an `undefined` would not: merging skips it, so a signal
  // from setConfig() would abort the cancel too).
  await uploadsCancel(upload.id, withHttp(config, { signal: new AbortController().signal }));
  return err(withContext(error, `Upload ${upload.id} failed at ${stage} and was cancelled`));
}

/** The caller's config with some `httpOptions` replaced (merged over every other source as usual). */
function withHttp(config: unknown, http: Config["httpOptions"]): Config {
  const base = (config ?? {}) as Config;
  return { ...base, httpOptions: { ...base.httpOptions, ...http } };
}
