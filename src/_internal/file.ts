/**
 * Upload inputs: turns every `FileInput` form into a `Blob` with a filename. A path is opened with
 * `fs.openAsBlob`, so its bytes are streamed from disk when the request is sent, never read whole.
 * `node:fs` and `mime` are loaded here, lazily, so bundles without uploads contain neither.
 */
import { argumentError, fileError, type OpenAIError } from "../errors";
import { builtin } from "./env";

/** A file ready to be appended to a FormData. */
export interface FilePart {
  blob: Blob;
  filename: string;
}

type Fs = typeof import("node:fs");
type Path = typeof import("node:path");
type Url = typeof import("node:url");

/** The type of bytes whose kind is unknown. */
export const FALLBACK_TYPE = "application/octet-stream";

/**
 * Resolves `input` (the argument named `argument`) into a `FilePart`, or the `file`/`argument` error.
 * `needsName`: the API tells the format from the file name (audio, images), so bytes that carry
 * neither a name nor a type are refused instead of being sent as `upload`.
 */
export async function toFilePart(input: unknown, argument: string, needsName = false): Promise<FilePart | OpenAIError> {
  if (typeof input === "string") return fromPath(input, argument);
  if (input instanceof URL) {
    if (input.protocol !== "file:")
      return argumentError(argument, `${argument} must be a file: URL, got a ${input.protocol} URL; download it first or pass a Blob`);
    const url = builtin<Url>("node:url");
    if (!url) return fileError(input.href, "reading a path needs Node.js 20.16 or later; pass a Blob instead");
    return fromPath(url.fileURLToPath(input), argument);
  }
  if (input instanceof Blob) {
    const name = typeof (input as File).name === "string" && (input as File).name ? (input as File).name : undefined;
    if (needsName && !name && !input.type) return unnamed(argument, "a Blob with neither a name nor a type");
    return typed(input, name);
  }
  if (input instanceof Uint8Array) {
    if (needsName) return unnamed(argument, "bytes without a name");
    return typed(new Blob([input as Uint8Array<ArrayBuffer>]), undefined);
  }
  if (typeof input === "object" && input !== null && "data" in input && "filename" in input) return fromNamed(input as Record<string, unknown>, argument);
  return argumentError(argument, `${argument} must be a path, a file: URL, a Blob, a File, a Uint8Array or { data, filename }`);
}

/** `{ data, filename, type? }` (what `toFile` returns): bytes, a Blob or a stream, named. */
async function fromNamed({ data, filename, type }: Record<string, unknown>, argument: string): Promise<FilePart | OpenAIError> {
  if (typeof filename !== "string" || filename.length === 0) return argumentError(argument, `${argument}.filename must be a non-empty string`);
  let blob: Blob;
  if (data instanceof Blob) blob = data;
  else if (data instanceof Uint8Array) blob = new Blob([data as Uint8Array<ArrayBuffer>]);
  else if (data instanceof ReadableStream) {
    try {
      blob = await new Response(data).blob();
    } catch (cause) {
      return fileError(filename, `the stream failed: ${(cause as Error)?.message ?? String(cause)}`);
    }
  } else return argumentError(argument, `${argument}.data must be a Blob, a Uint8Array or a ReadableStream`);
  // A given type replaces the Blob's own; re-wrapping references the same bytes.
  if (typeof type === "string" && type) return { blob: blob.type === type ? blob : new Blob([blob], { type }), filename };
  return typed(blob, filename);
}

function unnamed(argument: string, what: string): OpenAIError {
  return argumentError(
    argument,
    `${argument} is ${what}: the API tells the format from the file name, so name it with toFile(bytes, "speech.mp3") or pass a File`,
  );
}

/** Checks a path can be read (so a bad one fails before anything is sent) and opens it as a Blob. */
async function fromPath(path: string, argument: string): Promise<FilePart | OpenAIError> {
  if (path.length === 0) return argumentError(argument, `${argument} must be a non-empty path`);
  const fs = builtin<Fs>("node:fs");
  const paths = builtin<Path>("node:path");
  if (!fs || !paths || typeof fs.openAsBlob !== "function") {
    return fileError(path, "reading a path needs Node.js 20.16 or later; pass a Blob instead");
  }
  try {
    const stat = await fs.promises.stat(path);
    if (stat.isDirectory()) return fileError(path, "EISDIR: it is a directory");
    if (!stat.isFile()) return fileError(path, "not a regular file");
    await fs.promises.access(path, fs.constants.R_OK);
    const blob = await fs.openAsBlob(path, { type: await typeOfName(path) });
    return { blob, filename: paths.basename(path) };
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    return fileError(path, typeof code === "string" ? code : ((cause as Error)?.message ?? "unknown error"));
  }
}

/** Names a Blob and gives it a content type (its own, else by the filename's extension). */
async function typed(blob: Blob, filename: string | undefined): Promise<FilePart> {
  if (blob.type) return { blob, filename: filename ?? `upload${await extension(blob.type)}` };
  const name = filename ?? "upload";
  // Re-wrapping references the same bytes; it does not copy a file-backed Blob.
  return { blob: new Blob([blob], { type: await typeOfName(name) }), filename: name };
}

async function mime(): Promise<{ getType(path: string): string | null; getExtension(type: string): string | null } | undefined> {
  try {
    return (await import("mime")).default;
  } catch {
    return undefined;
  }
}

/** The content type of a file name's extension (via `mime`, loaded lazily), or `FALLBACK_TYPE`. */
export async function typeOfName(name: string): Promise<string> {
  return (await mime())?.getType(name) ?? FALLBACK_TYPE;
}

async function extension(type: string): Promise<string> {
  const found = (await mime())?.getExtension(type);
  return found ? `.${found}` : "";
}
