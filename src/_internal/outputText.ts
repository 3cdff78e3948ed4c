/**
 * `output_text` on a Responses API `Response`: a client-side convenience (the API never sends it)
 * that other clients compute, so code ported from them reads it. Computed on the returned object
 * only; nothing here touches what is sent.
 */
import type { Result } from "../result";

interface PartLike {
  type?: unknown;
  text?: unknown;
}
interface ItemLike {
  type?: unknown;
  content?: unknown;
}

/**
 * Adds `output_text` to the response of a 2xx result: the `text` of every `output_text` content
 * part of the `message` items of `output`, joined in order (`""` when there is none).
 *
 * @example
 * return withOutputText(request<ResponseObject>({ method: "GET", path: "/responses/{response_id}", ids, config }));
 */
export function withOutputText<T>(pending: Promise<Result<T>>): Promise<Result<T>> {
  return pending.then((result) => {
    if (result[0] === "ok") addOutputText(result[1]);
    return result;
  });
}

function addOutputText(response: unknown): void {
  if (typeof response !== "object" || response === null) return;
  const output = (response as { output?: unknown }).output;
  if (!Array.isArray(output)) return;
  const texts: string[] = [];
  for (const item of output as ItemLike[]) {
    if (item?.type !== "message" || !Array.isArray(item.content)) continue;
    for (const part of item.content as PartLike[]) if (part?.type === "output_text" && typeof part.text === "string") texts.push(part.text);
  }
  (response as { output_text?: string }).output_text = texts.join("");
}
