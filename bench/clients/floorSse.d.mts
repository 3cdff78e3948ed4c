/** Reads an SSE body with the floor's minimal splitter; resolves with the number of `data:` events (not `[DONE]`). */
export function countDataEvents(body: AsyncIterable<Uint8Array>): Promise<number>;
