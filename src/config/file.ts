/**
 * The JSON config file: `OPENAI_CONFIG_FILE`, or `./openai.config.json` in the working directory.
 * Read lazily on the first call, once, and cached until `resetConfig()`.
 */
import { configError, type ConfigError } from "../errors";
import { validateConfig } from "./validate";
import { builtin, hostProcess, readEnv, workingDirectory } from "../_internal/env";

export type FileConfigState = { ok: true; value: Record<string, unknown>; path?: string } | { ok: false; error: ConfigError };

let cached: FileConfigState | undefined;

/** Forgets the cached file so the next call reads it again. */
export function forgetConfigFile(): void {
  cached = undefined;
}

/** The parsed and checked config file (empty when there is none), or the reason it cannot be used. */
export function loadConfigFile(): FileConfigState {
  return (cached ??= readConfigFile());
}

function readConfigFile(): FileConfigState {
  const fs = builtin<typeof import("node:fs")>("node:fs"); // not on Node: no config file
  const explicit = readEnv("OPENAI_CONFIG_FILE");
  const cwd = workingDirectory();
  const file = explicit ?? (cwd && `${cwd}/openai.config.json`);
  if (!fs || !file) return { ok: true, value: {} };
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (cause) {
    const { code, message } = cause as { code?: string; message?: string };
    if (code === "ENOENT" && !explicit) return { ok: true, value: {} };
    return fail(
      code
        ? `Cannot read config file ${file} (${code}); fix OPENAI_CONFIG_FILE or create the file`
        : `Config file ${file} is not valid JSON (${jsonProblem(message)}); fix or remove it`,
    );
  }
  const problem = validateConfig(value, `config file ${file}`);
  if (problem) return fail(problem.message);
  // A file holding an API key must not be readable by other users (POSIX only).
  if (typeof value.apiKey === "string" && hostProcess()?.platform !== "win32") {
    let mode = 0;
    try {
      mode = fs.statSync(file).mode & 0o077;
    } catch {
      // stat failing right after a successful read is not worth an error
    }
    if (mode) return fail(`Config file ${file} holds an apiKey but is readable by other users; run: chmod 600 ${file}`);
  }
  return { ok: true, value, path: file };
}

function fail(message: string): FileConfigState {
  return { ok: false, error: configError(message) };
}

/** V8's JSON.parse message quotes the text around the error, which may be the key: keep only the position. */
function jsonProblem(message: string | undefined): string {
  const position = /position \d+/.exec(message ?? "")?.[0];
  return position ? `syntax error at ${position}` : "syntax error";
}
