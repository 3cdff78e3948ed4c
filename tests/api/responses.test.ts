import { describe, expect, it } from "vitest";
import { responses, responsesCancel, responsesCreate, responsesDelete, responsesInputItems, unwrap, type ResponseStreamEvent } from "../../src/index";
import responseFixture from "../../fixtures/response_response.json";
import inputItems from "../../fixtures/response_input_items.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();

describe("responses", () => {
  it("responsesCreate(params) posts JSON and answers the response", async () => {
    const params = { model: "gpt-4o-mini", input: "Tell me a story.", instructions: "Be brief." };
    const [status, response, meta] = await responsesCreate(params, mock.config());
    expect(status).toBe("ok");
    expect(response).toMatchObject({
      object: "response",
      status: "completed",
      model: "gpt-4o-mini",
      instructions: "Be brief.",
      output: responseFixture.output,
    });
    expect(meta?.status).toBe(200);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/responses", json: params });
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(seen?.headers.accept).toBe("application/json");
  });

  it("responsesCreate with a file_search tool answers a file_search_call and cited text", async () => {
    const tools = [{ type: "file_search" as const, vector_store_ids: ["vs_1234567890"] }];
    const response = unwrap(
      await responsesCreate({ model: "gpt-4o-mini", input: "What are the attributes of an ancient brown dragon?", tools }, mock.config()),
    );
    expect(response.output.map((item) => item.type)).toEqual(["file_search_call", "message"]);
    expect(response.output[0]).toMatchObject({ type: "file_search_call", status: "completed", queries: ["attributes of an ancient brown dragon"] });
    expect(response.tools).toEqual(tools);
  });

  it("responsesCreate({ stream: true }) yields typed events in order", async () => {
    const [status, stream] = await responsesCreate({ model: "gpt-4o-mini", input: "Tell me a story.", stream: true }, mock.config());
    expect(status).toBe("ok");
    if (status !== "ok") return;
    const events: ResponseStreamEvent[] = [];
    let text = "";
    for await (const [kind, event] of stream) {
      expect(kind).toBe("ok");
      if (kind !== "ok") break;
      events.push(event);
      if (event.type === "response.output_text.delta") text += event.delta;
    }
    const types = [...new Set(events.map((event) => event.type))];
    expect(types).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    const expected = responseFixture.output[0]?.content[0]?.text;
    expect(text).toBe(expected);
    const last = events[events.length - 1];
    expect(last?.type === "response.completed" && last.response.status).toBe("completed");
    expect(mock.server.lastRequest()?.json).toMatchObject({ stream: true });
  });

  it("responsesCreate({ stream: true }) with an unknown model is an ordinary api error tuple", async () => {
    const [status, error] = await responsesCreate({ model: "gpt-nope", input: "Hi", stream: true }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, error: { code: "model_not_found" } });
  });

  it("responses(responseId) retrieves", async () => {
    const result = await responses("resp_abc123", mock.config());
    const outputText = "In a peaceful grove beneath a silver moon, a unicorn named Lumina discovered a hidden pool that reflected the stars.";
    expect(result).toEqual(["ok", { ...responseFixture, id: "resp_abc123", output_text: outputText }, expect.objectContaining({ status: 200 })]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/responses/resp_abc123", bodySize: 0 });
  });

  it("responsesDelete(responseId) answers the deleted object, or builds it from an empty body", async () => {
    expect((await responsesDelete("resp_abc123", mock.config()))[1]).toEqual({ id: "resp_abc123", object: "response", deleted: true });
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/responses/resp_abc123" });
    mock.server.on("DELETE /responses/:id", { status: 200 });
    const result = await responsesDelete("resp_empty", mock.config());
    expect(result).toEqual(["ok", { id: "resp_empty", object: "response", deleted: true }, expect.objectContaining({ status: 200 })]);
  });

  it("responsesCancel(responseId) posts with no body", async () => {
    const [status, response] = await responsesCancel("resp_bg", mock.config());
    expect(status).toBe("ok");
    expect(response).toMatchObject({ id: "resp_bg", status: "cancelled" });
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/responses/resp_bg/cancel", bodySize: 0 });
  });

  it("responsesInputItems(responseId, params?, config?) lists with the query", async () => {
    const [, all] = await responsesInputItems("resp_abc123", {}, mock.config());
    expect(all).toEqual(inputItems);
    const [, page] = await responsesInputItems("resp_abc123", { limit: 1, after: "msg_abc123", order: "asc" }, mock.config());
    expect(page).toMatchObject({ data: [inputItems.data[1]], has_more: true, last_id: "msg_abc124" });
    expect(mock.server.lastRequest()).toMatchObject({ path: "/responses/resp_abc123/input_items", query: { limit: "1", after: "msg_abc123", order: "asc" } });
  });

  it("bad arguments are argument errors and nothing is sent", async () => {
    expect((await responsesCreate("hi" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect((await responses("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "response_id" });
    expect((await responsesDelete(undefined as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "response_id" });
    expect((await responsesInputItems("resp_1", { limit: 1, ...mock.config() } as never))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });

  describe("output_text (computed by openai-ex: the API does not send it)", () => {
    const message = (id: string, texts: string[]) => ({
      type: "message",
      id,
      status: "completed",
      role: "assistant",
      content: texts.map((text) => ({ type: "output_text", text, annotations: [] })),
    });
    const twoMessages = {
      ...responseFixture,
      output: [
        { type: "reasoning", id: "rs_1", summary: [] },
        message("msg_1", ["Otters hold hands ", "while they sleep."]),
        { type: "function_call", id: "fc_1", call_id: "call_1", name: "f", arguments: "{}" },
        {
          ...message("msg_2", [" They float."]),
          content: [
            { type: "refusal", refusal: "no" },
            { type: "output_text", text: " They float.", annotations: [] },
          ],
        },
      ],
    };

    it("joins the output_text parts of the message items, for responsesCreate, responses and responsesCancel", async () => {
      mock.server.on("POST /responses", { body: twoMessages });
      mock.server.on("GET /responses/:id", { body: twoMessages });
      mock.server.on("POST /responses/:id/cancel", { body: twoMessages });
      const expected = ["ok", { ...twoMessages, output_text: "Otters hold hands while they sleep. They float." }, expect.objectContaining({ status: 200 })];
      expect(await responsesCreate({ model: "gpt-4o-mini", input: "Otters?" }, mock.config())).toEqual(expected);
      expect(await responses("resp_1", mock.config())).toEqual(expected);
      expect(await responsesCancel("resp_1", mock.config())).toEqual(expected);
    });

    it("is an empty string when no message has text, and is never sent", async () => {
      mock.server.on("POST /responses", {
        body: { ...responseFixture, output: [{ type: "function_call", id: "fc_1", call_id: "c", name: "f", arguments: "{}" }] },
      });
      const [status, response] = await responsesCreate({ model: "gpt-4o-mini", input: "Hi" }, mock.config());
      expect(status).toBe("ok");
      expect(response).toMatchObject({ output_text: "" });
      expect(mock.server.lastRequest()?.json).toEqual({ model: "gpt-4o-mini", input: "Hi" });
    });
  });
});
