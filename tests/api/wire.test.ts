/**
 * What goes on the wire for query parameters and ids: the exact request target the server received.
 * Arrays in the query carry brackets (`include[]=a&include[]=b`), params the API reads from the query
 * stay out of JSON bodies, and ids keep the characters a path segment may hold (`ft:…:acme::…`).
 */
import { describe, expect, it } from "vitest";
import {
  conversationItems,
  fineTuningJobs,
  models,
  modelsDelete,
  responses,
  responsesInputItems,
  threadRunCreate,
  threadRunStep,
  threadRunSteps,
  type RunStepInclude,
} from "../../src/index";
import responseFixture from "../../fixtures/response_response.json";
import run from "../../fixtures/run_object.json";
import runStep from "../../fixtures/run_step.json";
import runStepList from "../../fixtures/run_step_list.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();

function seen() {
  expect(mock.server.requests).toHaveLength(1);
  return mock.server.requests[0]!;
}

const fileSearchContent: RunStepInclude = "step_details.tool_calls[*].file_search.results[*].content";
/** `[` and `]` of the value are percent-encoded; `*` and `.` are not. */
const fileSearchContentQuery = "include[]=step_details.tool_calls%5B*%5D.file_search.results%5B*%5D.content";

describe("include on runs and run steps", () => {
  it("threadRunCreate sends include as include[] in the query, not in the body", async () => {
    const params = { assistant_id: "asst_abc123", include: [fileSearchContent] };
    const result = await threadRunCreate("thread_abc123", params, mock.config());
    expect(result).toEqual(["ok", { ...run, assistant_id: "asst_abc123" }, expect.anything()]);
    expect(seen().url).toBe(`/v1/threads/thread_abc123/runs?${fileSearchContentQuery}`);
    expect(seen().json).toEqual({ assistant_id: "asst_abc123" });
    expect(seen().query).toEqual({ "include[]": fileSearchContent });
    expect(params).toEqual({ assistant_id: "asst_abc123", include: [fileSearchContent] }); // the caller's object is untouched
  });

  it("threadRunCreate with stream: true also sends include in the query", async () => {
    const [status, stream] = await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123", stream: true, include: [fileSearchContent] }, mock.config());
    expect(status).toBe("ok");
    if (status === "ok") for await (const _ of stream) void _;
    expect(seen().url).toBe(`/v1/threads/thread_abc123/runs?${fileSearchContentQuery}`);
    expect(seen().json).toEqual({ assistant_id: "asst_abc123", stream: true });
  });

  it("threadRunCreate without include sends no query", async () => {
    await threadRunCreate("thread_abc123", { assistant_id: "asst_abc123" }, mock.config());
    expect(seen().url).toBe("/v1/threads/thread_abc123/runs");
    expect(seen().json).toEqual({ assistant_id: "asst_abc123" });
  });

  it("threadRunSteps takes a plain include and sends it with brackets after the list params", async () => {
    const result = await threadRunSteps("thread_abc123", "run_abc123", { limit: 5, order: "asc", include: [fileSearchContent] }, mock.config());
    expect(result).toEqual(["ok", runStepList, expect.anything()]);
    expect(seen().url).toBe(`/v1/threads/thread_abc123/runs/run_abc123/steps?limit=5&order=asc&${fileSearchContentQuery}`);
  });

  it('threadRunSteps still takes the literal "include[]" name (no second pair of brackets)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    await threadRunSteps("thread_abc123", "run_abc123", { "include[]": [fileSearchContent] }, mock.config());
    expect(seen().url).toBe(`/v1/threads/thread_abc123/runs/run_abc123/steps?${fileSearchContentQuery}`);
  });

  it("threadRunStep takes { include } before the config", async () => {
    const result = await threadRunStep("thread_abc123", "run_abc123", "step_abc123", { include: [fileSearchContent] }, mock.config());
    expect(result).toEqual(["ok", runStep, expect.anything()]);
    expect(seen().url).toBe(`/v1/threads/thread_abc123/runs/run_abc123/steps/step_abc123?${fileSearchContentQuery}`);
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });

  it("threadRunStep still takes the config as its fourth argument, and {} with a config", async () => {
    expect(await threadRunStep("thread_abc123", "run_abc123", "step_abc123", mock.config())).toEqual(["ok", runStep, expect.anything()]);
    expect(seen().url).toBe("/v1/threads/thread_abc123/runs/run_abc123/steps/step_abc123");
    mock.server.reset();
    expect(await threadRunStep("thread_abc123", "run_abc123", "step_abc123", {}, mock.config())).toEqual(["ok", runStep, expect.anything()]);
    expect(seen().url).toBe("/v1/threads/thread_abc123/runs/run_abc123/steps/step_abc123");
  });
});

describe("arrays in the query carry brackets", () => {
  it("responsesInputItems sends each include as include[]", async () => {
    await responsesInputItems("resp_abc123", { limit: 2, include: ["file_search_call.results", "message.input_image.image_url"] }, mock.config());
    expect(seen().url).toBe("/v1/responses/resp_abc123/input_items?limit=2&include[]=file_search_call.results&include[]=message.input_image.image_url");
  });

  it("conversationItems sends include[] and the list params in the caller's order", async () => {
    await conversationItems("conv_123", { include: ["message.output_text.logprobs"], after: "msg_000" }, mock.config());
    expect(seen().url).toBe("/v1/conversations/conv_123/items?include[]=message.output_text.logprobs&after=msg_000");
  });

  it("an empty array, null and undefined send nothing; httpOptions.query follows the params", async () => {
    await responsesInputItems(
      "resp_abc123",
      { include: [], after: undefined, order: null as never },
      mock.config({ httpOptions: { query: { "api-version": "2025-04-01 preview" } } }),
    );
    expect(seen().url).toBe("/v1/responses/resp_abc123/input_items?api-version=2025-04-01%20preview");
  });

  it("names and values are percent-encoded (&, =, + and spaces in a value cannot split it)", async () => {
    await responsesInputItems("resp_abc123", { after: "a&b=c+d e/é" }, mock.config());
    expect(seen().url).toBe("/v1/responses/resp_abc123/input_items?after=a%26b%3Dc%2Bd%20e%2F%C3%A9");
    expect(seen().query).toEqual({ after: "a&b=c+d e/é" });
  });

  it("objects nest up to 8 levels; deeper is an argument error and nothing is sent", async () => {
    const nest = (depth: number): unknown => (depth === 0 ? "x" : { k: nest(depth - 1) });
    await responsesInputItems("resp_abc123", { metadata: nest(8) } as never, mock.config());
    expect(seen().url).toBe("/v1/responses/resp_abc123/input_items?metadata[k][k][k][k][k][k][k][k]=x");
    mock.server.requests.length = 0;
    expect(await responsesInputItems("resp_abc123", { metadata: nest(9) } as never, mock.config())).toEqual([
      "error",
      { kind: "argument", argument: "params", message: "the query cannot be encoded (metadata[k][k][k][k][k][k][k][k] nests objects deeper than 8 levels)" },
    ]);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a redirect's location is followed as it is: the query is not added to it again", async () => {
    mock.server.on("GET /responses/:id/input_items", { status: 307, headers: { location: `${mock.server.url}/responses/resp_moved/input_items?limit=1` } }, 1);
    const [status] = await responsesInputItems("resp_abc123", { limit: 1 }, mock.config());
    expect(status).toBe("ok");
    expect(mock.server.requests.map((request) => request.url)).toEqual([
      "/v1/responses/resp_abc123/input_items?limit=1",
      "/v1/responses/resp_moved/input_items?limit=1",
    ]);
  });
});

describe("responses(responseId, params?, config?)", () => {
  it("sends the retrieve query typed on its params", async () => {
    const result = await responses(
      "resp_abc123",
      { include: ["file_search_call.results", "reasoning.encrypted_content"], include_obfuscation: false, starting_after: 3 },
      mock.config(),
    );
    expect(result).toEqual(["ok", { ...responseFixture, id: "resp_abc123", output_text: expect.any(String) }, expect.objectContaining({ status: 200 })]);
    expect(seen().url).toBe(
      "/v1/responses/resp_abc123?include[]=file_search_call.results&include[]=reasoning.encrypted_content&include_obfuscation=false&starting_after=3",
    );
    expect(seen().bodySize).toBe(0);
  });

  it("tells a config in the second position from params, and takes undefined or {} before a config", async () => {
    for (const call of [
      () => responses("resp_abc123", mock.config()),
      () => responses("resp_abc123", undefined, mock.config()),
      () => responses("resp_abc123", {}, mock.config()),
    ]) {
      mock.server.reset();
      expect((await call())[0]).toBe("ok");
      expect(seen().url).toBe("/v1/responses/resp_abc123");
    }
  });
});

describe("ids in the path", () => {
  it("a fine-tuned model id goes out unchanged", async () => {
    const id = "ft:gpt-4o-mini-2024-07-18:acme::9abcDEF";
    const result = await models(id, mock.config());
    expect(result[0]).toBe("ok");
    expect(seen().url).toBe(`/v1/models/${id}`);
    expect(seen().params).toEqual({ model: id });
    mock.server.reset();
    await modelsDelete(id, mock.config());
    expect(seen()).toMatchObject({ method: "DELETE", url: `/v1/models/${id}` });
  });

  it("an id with a space has it encoded as %20", async () => {
    await models("my model", mock.config());
    expect(seen().url).toBe("/v1/models/my%20model");
    expect(seen().params).toEqual({ model: "my model" });
  });

  it("the characters a segment may hold stay; / ? # % [ ] and non-ASCII are encoded", async () => {
    await fineTuningJobs(":@!$&'()*+,;=", mock.config());
    expect(seen().url).toBe("/v1/fine_tuning/jobs/:@!$&'()*+,;=");
    mock.server.reset();
    await fineTuningJobs('a/b?c#d%e[f]é"<>', mock.config());
    expect(seen().url).toBe("/v1/fine_tuning/jobs/a%2Fb%3Fc%23d%25e%5Bf%5D%C3%A9%22%3C%3E");
  });

  it('"." and ".." are still refused, and nothing is sent', async () => {
    for (const id of [".", ".."]) {
      expect((await models(id, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "model" });
    }
    expect(mock.server.requests).toHaveLength(0);
  });
});
