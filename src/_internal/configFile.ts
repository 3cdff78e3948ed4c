/**
 * The JSON config file: `OPENAI_CONFIG_FILE`, or `./openai.config.json` in the working directory.
 * Read lazily on the first call, once, and cached until `resetConfig()`.
 */
import { configError, type ConfigError } from "../errors";
import { builtin, readEnv, workingDirectory } from "./env";

type FsModule = typeof import("node:fs");
type PathModule = typeof import("node:path");

export type FileConfigState = { ok: true; value: Record<string, unknown>; path?: string } | { ok: false; error: ConfigError };

let cached: FileConfigState | undefined;

/** Forgets the cached file so the next call reads it again. */
export function forgetConfigFile(): void {
  cached = undefined;
}

/** The parsed config file (empty when there is none), or the reason it cannot be used. */
export function loadConfigFile(): FileConfigState {
  cached ??= readConfigFile();
  return cached;
}

function readConfigFile(): FileConfigState {
  const fs = builtin<FsModule>("node:fs");
  const path = builtin<PathModule>("node:path");
  if (!fs || !path) return { ok: true, value: {} }; // not on Node: no config file
  const explicit = readEnv("OPENAI_CONFIG_FILE");
  const cwd = workingDirectory();
  const file = explicit ?? (cwd ? path.join(cwd, "openai.config.json") : undefined);
  if (!file) return { ok: true, value: {} };

  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (cause) {
    const code = (cause as { code?: string }).code ?? "unreadable";
    if (!explicit && code === "ENOENT") return { ok: true, value: {} };
    return fail(`Cannot read config file ${file} (${code}); fix OPENAI_CONFIG_FILE or create the file`);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    return fail(`Config file ${file} is not valid JSON (${(cause as Error).message}); fix or remove it`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return fail(`Config file ${file} must hold a JSON object of config keys`);
  }
  const exposed = exposedKeyReason(fs, file, parsed as Record<string, unknown>);
  if (exposed) return fail(exposed);
  return { ok: true, value: parsed as Record<string, unknown>, path: file };
}

/** A file holding an API key must not be readable by other users (POSIX only). */
function exposedKeyReason(fs: FsModule, file: string, value: Record<string, unknown>): string | undefined {
  if (typeof value.apiKey !== "string") return undefined;
  if ((globalThis as { process?: { platform?: string } }).process?.platform === "win32") return undefined;
  try {
    const mode = fs.statSync(file).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      return `Config file ${file} holds an apiKey but is readable by other users (mode ${mode.toString(8)}); run: chmod 600 ${file}`;
    }
  } catch {
    // stat failing right after a successful read is not worth an error
  }
  return undefined;
}

function fail(message: string): FileConfigState {
  return { ok: false, error: configError(message) };
}
