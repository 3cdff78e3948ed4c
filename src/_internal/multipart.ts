/**
 * Multipart bodies for uploads. Field rules: scalars stringified, arrays as repeated `key[]`,
 * nested objects as bracket fields (`expires_after[anchor]`), `undefined` and `null` skipped.
 * Text fields come first, files last, so a server can read the params before the bytes.
 */
import type { OpenAIError } from "../errors";
import { isPlainObject } from "./args";
import { toFilePart, type FilePart } from "./file";

/** A file input of an upload: the multipart field, the caller's input, and the argument name for errors. */
export type FormFile = readonly [field: string, input: unknown, argument: string];

/**
 * Resolves every file input, then builds the form; the first unreadable input's error is returned
 * instead and nothing is sent. `omit` names params that travel as files (e.g. `mask`).
 */
export async function uploadForm(params: unknown, files: readonly FormFile[], omit: readonly string[] = []): Promise<FormData | OpenAIError> {
  const parts: Array<readonly [string, FilePart]> = [];
  for (const [field, input, argument] of files) {
    const part = await toFilePart(input, argument);
    if ("kind" in part) return part;
    parts.push([field, part]);
  }
  const fields = isPlainObject(params) ? { ...params } : {};
  for (const key of omit) delete fields[key];
  return buildForm(fields, parts);
}

/** Builds the FormData of an upload from its params and its file parts (`[field, part]`, in order). */
function buildForm(params: Record<string, unknown> | undefined, files: ReadonlyArray<readonly [string, FilePart]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(params ?? {})) appendField(form, key, value);
  for (const [field, part] of files) form.append(field, part.blob, part.filename);
  return form;
}

function appendField(form: FormData, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendField(form, `${name}[]`, item);
    return;
  }
  if (value instanceof Blob) {
    form.append(name, value);
    return;
  }
  if (typeof value === "object" && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) appendField(form, `${name}[${key}]`, inner);
    return;
  }
  form.append(name, value instanceof Date ? value.toISOString() : String(value));
}
