/**
 * openai.ex's old "request options" argument of the images functions: an object in the config
 * position that has none of the `Config` keys. `timeout` / `recv_timeout` become
 * `httpOptions.timeout`; every other key is copied into `httpOptions` (and checked there).
 */
import { isPlainObject } from "./args";
import { CONFIG_KEYS } from "../config/validate";

/** Returns the config to use for `value` passed in a config position that also accepts request options. */
export function configOrRequestOptions(value: unknown): unknown {
  try {
    return mapRequestOptions(value);
  } catch {
    return value; // unreadable (a getter throws): the request layer reports it as an argument error
  }
}

function mapRequestOptions(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.some((key) => CONFIG_KEYS.has(key))) return value;
  const httpOptions: Record<string, unknown> = {};
  for (const key of keys) if (key !== "timeout" && key !== "recv_timeout") httpOptions[key] = value[key];
  const timeout = value.timeout ?? value.recv_timeout;
  if (timeout !== undefined) httpOptions.timeout = timeout;
  return { httpOptions };
}
