/**
 * The floor's stream reader, shared by bench/clients/worker.mjs (plain node) and bench/stream.ts:
 * a minimal line splitter with `JSON.parse` on every `data:` line, and none of SSE's other rules
 * (no multi-line data, no event names, no CR line ends): the least work a client can do.
 *
 * @example
 * const response = await fetch(url, { method: "POST", headers, body });
 * const count = await countDataEvents(response.body); // 100000
 */
export async function countDataEvents(body) {
  const decoder = new TextDecoder();
  let rest = "";
  let count = 0;
  for await (const bytes of body) {
    const text = rest + decoder.decode(bytes, { stream: true });
    let start = 0;
    for (let end = text.indexOf("\n", start); end !== -1; end = text.indexOf("\n", start)) {
      if (text.startsWith("data: ", start) && !text.startsWith("data: [DONE]", start)) {
        JSON.parse(text.slice(start + 6, end));
        count++;
      }
      start = end + 1;
    }
    rest = text.slice(start);
  }
  return count;
}
