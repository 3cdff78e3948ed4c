/**
 * Access to the host environment without importing `node:*` modules, so bundles stay edge-safe.
 * Node ≥ 20.16 exposes `process.getBuiltinModule`; elsewhere these helpers answer "not available".
 */

interface ProcessLike {
  env?: Record<string, string | undefined>;
  cwd?: () => string;
  platform?: string;
  getBuiltinModule?: (id: string) => unknown;
}

/** The host's `process`, or `undefined` off Node. */
export const hostProcess = (): ProcessLike | undefined => (globalThis as { process?: ProcessLike }).process;

/** Reads an environment variable; empty strings count as unset. */
export function readEnv(name: string): string | undefined {
  return hostProcess()?.env?.[name] || undefined;
}

/** Loads a Node built-in module (e.g. `node:fs`) at run time, or `undefined` off Node. */
export function builtin<T>(id: string): T | undefined {
  try {
    return hostProcess()?.getBuiltinModule?.(id) as T | undefined;
  } catch {
    return undefined;
  }
}

/** The working directory, or `undefined` off Node. */
export function workingDirectory(): string | undefined {
  try {
    return hostProcess()?.cwd?.();
  } catch {
    return undefined;
  }
}
