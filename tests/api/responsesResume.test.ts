import { describe, expect, it } from "vitest";
import { collectResponse, responses, responsesCreate, textDeltas, type EventStream, type ResponseStreamEvent, type StreamItem } from "../../src/index";
import responseFixture from "../../fixtures/response_response.json";
import { hangingServer } from "../_helpers/hangingServer";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const ROUTE = "GET /responses/:id";
const TEXT = responseFixture.output[0]!.content[0]!.text;

async function items<T>(stream: EventStream<T>): Promise<Array<StreamItem<T>>> {
  const seen: Array<StreamItem<T>> = [];
  for await (const item of stream) seen.push(item);
  return seen;
}

async function resume(startingAfter: number, extra: Parameters<typeof mock.config>[0] = {}): Promise<EventStream<ResponseStreamEvent>> {
  const [status, stream] = await responses("resp_bg_1", { stream: true, starting_after: startingAfter }, mock.config(extra));
  if (status === "error") throw new Error(`unexpected error tuple: ${stream.message}`);
  return stream;
}

describe("responses(id, { stream: true, starting_after })", () => {
  it("sends stream and starting_after in the query and yields the events after that sequence number", async () => {
    const seen = await items(await resume(3));
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/responses/resp_bg_1", query: { stream: "true", starting_after: "3" } });
    const sequences = seen.map(([, event]) => (event as ResponseStreamEvent).sequence_number);
    expect(sequences[0]).toBe(4);
    expect(sequences).toEqual(sequences.map((_, index) => 4 + index));
    expect((seen.at(-1)![1] as ResponseStreamEvent).type).toBe("response.completed");
  });

  it("collectResponse folds it into the Response with output_text", async () => {
    const [status, response] = await collectResponse(await resume(0));
    expect(status).toBe("ok");
    expect(response).toMatchObject({ id: "resp_bg_1", status: "completed", output_text: TEXT });
  });

  it("collectResponse on a responsesCreate stream equals the non-stream response", async () => {
    const params = { model: "gpt-4o-mini", input: "Tell me a story." };
    const [, plain] = await responsesCreate(params, mock.config());
    const [, stream] = await responsesCreate({ ...params, stream: true }, mock.config());
    const [status, folded] = await collectResponse(stream as EventStream<ResponseStreamEvent>);
    expect(status).toBe("ok");
    expect({ ...folded, id: "x", created_at: 0 }).toEqual({ ...plain, id: "x", created_at: 0 });
  });

  it("textDeltas yields the text alone, which joins to output_text", async () => {
    const texts: string[] = [];
    for await (const [kind, text] of textDeltas(await resume(-1))) if (kind === "ok") texts.push(text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join("")).toBe(TEXT);
  });

  it("a cut mid-event ends with one network item, passed on by textDeltas and collectResponse", async () => {
    const [, full] = await responses("resp_bg_1", { stream: true }, mock.config());
    const frames = (await items(full as EventStream<ResponseStreamEvent>)).map(([, event]) => `data: ${JSON.stringify(event)}\n\n`);
    mock.server.on(ROUTE, { sse: [frames[0]!, frames[1]!.slice(0, 30)], drop: "mid-body", chunkDelay: 5 });
    const seen = await items(await resume(-1));
    expect(seen.filter(([kind]) => kind === "error")).toEqual([["error", expect.objectContaining({ kind: "network" })]]);
    mock.server.on(ROUTE, { sse: [frames[0]!, frames[1]!.slice(0, 30)], drop: "mid-body", chunkDelay: 5 });
    expect((await collectResponse(await resume(-1)))[1]).toMatchObject({ kind: "network" });
  });

  it("silence ends with timeout; abort() ends the loop", async () => {
    mock.server.on(ROUTE, { sse: ['data: {"type":"response.in_progress","sequence_number":5,"response":{}}\n\n'], hang: true });
    const seen = await items(await resume(4, { httpOptions: { streamIdleTimeout: 200 } }));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual(["error", expect.objectContaining({ kind: "timeout", timeout: 200 })]);
    mock.server.on(ROUTE, { sse: ['data: {"type":"response.in_progress","sequence_number":5,"response":{}}\n\n'], hang: true });
    const stream = await resume(4);
    let count = 0;
    for await (const _ of stream) {
      count++;
      stream.abort();
    }
    expect(count).toBe(1);
  });

  it("abort() closes the connection", async () => {
    const server = await hangingServer('data: {"type":"response.in_progress","sequence_number":5,"response":{}}\n\n');
    try {
      const [status, stream] = await responses("resp_bg_1", { stream: true, starting_after: 4 }, server.config);
      if (status === "error") throw new Error(stream.message);
      const iterator = stream[Symbol.asyncIterator]();
      expect((await iterator.next()).value?.[0]).toBe("ok");
      stream.abort();
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
      await server.sawClose; // would hang (and the test time out) if the connection stayed open
    } finally {
      await server.close();
    }
  });

  it("a 4xx before the stream is the outer error tuple", async () => {
    mock.server.on(ROUTE, {
      status: 404,
      body: { error: { message: "No response with id resp_nope", type: "invalid_request_error", param: null, code: null } },
    });
    const [status, error] = await responses("resp_nope", { stream: true, starting_after: 2 }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404 });
  });
});
