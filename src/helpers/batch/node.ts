/** The Node modules `batchRun` needs, loaded at run time so bundles that do not call it contain none. */
import type * as NodeCrypto from "node:crypto";
import type * as FsPromises from "node:fs/promises";
import type * as NodeOs from "node:os";
import type * as NodePath from "node:path";
import { builtin } from "../../_internal/env";

/** The file system, paths, temp dir and hashing of the host. */
export interface NodeParts {
  fs: typeof FsPromises;
  path: typeof NodePath;
  os: typeof NodeOs;
  crypto: typeof NodeCrypto;
}

/** The modules, or `undefined` off Node (no file system to shard on). */
export function nodeParts(): NodeParts | undefined {
  const fs = builtin<typeof FsPromises>("node:fs/promises");
  const path = builtin<typeof NodePath>("node:path");
  const os = builtin<typeof NodeOs>("node:os");
  const crypto = builtin<typeof NodeCrypto>("node:crypto");
  return fs && path && os && crypto ? { fs, path, os, crypto } : undefined;
}
