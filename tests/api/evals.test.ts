import { describe, expect, it } from "vitest";
import {
  evalRun,
  evalRunCancel,
  evalRunCreate,
  evalRunDelete,
  evalRunOutputItem,
  evalRunOutputItems,
  evalRuns,
  evals,
  evalsCreate,
  evalsDelete,
  evalsModify,
  paginate,
} from "../../src/index";
import type { EvalCreateParams, EvalRunCreateParams } from "../../src/index";
import evalFixture from "../../fixtures/evals_eval.json";
import runFixture from "../../fixtures/evals_run.json";
import itemFixture from "../../fixtures/evals_output_item.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });
const createParams: EvalCreateParams = {
  name: "Ticket triage",
  data_source_config: { type: "custom", item_schema: { type: "object", properties: { ticket: { type: "string" } } }, include_sample_schema: true },
  testing_criteria: [{ type: "string_check", name: "label matches", input: "{{sample.output_text}}", reference: "{{item.label}}", operation: "eq" }],
  metadata: { team: "support" },
};
const runParams: EvalRunCreateParams = { name: "baseline", data_source: { type: "jsonl", source: { type: "file_id", id: "file-abc123" } } };

describe("evals", () => {
  it("evals() lists with no query; evals(params, config) sends the cursor query", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    try {
      const [status, page] = await evals();
      expect(status).toBe("ok");
      expect(page).toMatchObject({ object: "list", first_id: "eval_6a1f0c2d9b7e4f3a", last_id: "eval_9c5a3e7f1b0d2e46", has_more: false });
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    }
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/evals", query: {}, bodySize: 0 });
    expect(mock.server.lastRequest()?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    const result = await evals({ after: "eval_6a1f0c2d9b7e4f3a", limit: 1, order: "desc", order_by: "updated_at" }, mock.config());
    const second = { ...evalFixture, id: "eval_0e4b7d2a9c1f5b38" };
    expect(result).toEqual(["ok", { object: "list", data: [second], first_id: second.id, last_id: second.id, has_more: true }, meta]);
    expect(mock.server.lastRequest()?.query).toEqual({ after: "eval_6a1f0c2d9b7e4f3a", limit: "1", order: "desc", order_by: "updated_at" });
  });

  it("evals(evalId) retrieves with a GET on the id", async () => {
    expect(await evals("eval_abc123", mock.config())).toEqual(["ok", { ...evalFixture, id: "eval_abc123" }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/evals/eval_abc123", query: {}, bodySize: 0 });
  });

  it("paginate(evals) walks every page", async () => {
    const ids: string[] = [];
    for await (const [status, item] of paginate(evals, { limit: 2 }, mock.config())) if (status === "ok") ids.push(item.id);
    expect(ids).toEqual(["eval_6a1f0c2d9b7e4f3a", "eval_0e4b7d2a9c1f5b38", "eval_9c5a3e7f1b0d2e46"]);
    expect(mock.server.requests.map((r) => r.query)).toEqual([{ limit: "2" }, { limit: "2", after: "eval_0e4b7d2a9c1f5b38" }]);
  });

  it("evalsCreate(params) posts the JSON body", async () => {
    const [status, created] = await evalsCreate(createParams, mock.config());
    expect(status).toBe("ok");
    expect(created).toMatchObject({
      object: "eval",
      id: expect.stringMatching(/^eval_/),
      name: "Ticket triage",
      data_source_config: createParams.data_source_config,
      metadata: { team: "support" },
    });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/evals", json: createParams });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("evalsModify(evalId, params) posts the changes on the id", async () => {
    const result = await evalsModify("eval_abc123", { name: "Ticket triage v2", metadata: { team: "ops" } }, mock.config());
    expect(result).toEqual(["ok", { ...evalFixture, id: "eval_abc123", name: "Ticket triage v2", metadata: { team: "ops" } }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({
      method: "POST",
      path: "/evals/eval_abc123",
      json: { name: "Ticket triage v2", metadata: { team: "ops" } },
    });
  });

  it("evalsDelete(evalId) sends a DELETE with no body", async () => {
    expect(await evalsDelete("eval_abc123", mock.config())).toEqual(["ok", { object: "eval.deleted", deleted: true, eval_id: "eval_abc123" }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/evals/eval_abc123", bodySize: 0 });
    expect(mock.server.lastRequest()?.headers["content-type"]).toBeUndefined();
  });
});

describe("eval runs", () => {
  it("evalRuns(evalId) lists; evalRuns(evalId, params, config) sends the query", async () => {
    const [status, page] = await evalRuns("eval_abc123", {}, mock.config());
    expect(status).toBe("ok");
    expect(page).toMatchObject({ object: "list", data: [{ eval_id: "eval_abc123" }, { eval_id: "eval_abc123" }], has_more: false });
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/evals/eval_abc123/runs", query: {} });
    const second = { ...runFixture, id: "evalrun_1a6f2c8e0b9d3f57", eval_id: "eval_abc123" };
    const result = await evalRuns("eval_abc123", { after: "evalrun_7c3e91b0d24f4a18", limit: 5, order: "desc", status: "completed" }, mock.config());
    expect(result).toEqual(["ok", { object: "list", data: [second], first_id: second.id, last_id: second.id, has_more: false }, meta]);
    expect(mock.server.lastRequest()?.query).toEqual({ after: "evalrun_7c3e91b0d24f4a18", limit: "5", order: "desc", status: "completed" });
  });

  it("evalRun(evalId, runId) retrieves one run", async () => {
    expect(await evalRun("eval_abc123", "evalrun_abc123", mock.config())).toEqual([
      "ok",
      { ...runFixture, id: "evalrun_abc123", eval_id: "eval_abc123" },
      meta,
    ]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/evals/eval_abc123/runs/evalrun_abc123", bodySize: 0 });
  });

  it("evalRunCreate(evalId, params) posts the data source", async () => {
    const [status, run] = await evalRunCreate("eval_abc123", runParams, mock.config());
    expect(status).toBe("ok");
    expect(run).toMatchObject({ object: "eval.run", eval_id: "eval_abc123", status: "queued", name: "baseline", data_source: runParams.data_source });
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/evals/eval_abc123/runs", json: runParams });
  });

  it("evalRunCancel(evalId, runId) posts on the run itself with no body", async () => {
    const result = await evalRunCancel("eval_abc123", "evalrun_abc123", mock.config());
    expect(result).toEqual(["ok", { ...runFixture, id: "evalrun_abc123", eval_id: "eval_abc123", status: "canceled" }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/evals/eval_abc123/runs/evalrun_abc123", bodySize: 0 });
    expect(mock.server.lastRequest()?.headers["content-type"]).toBeUndefined();
  });

  it("evalRunDelete(evalId, runId) sends a DELETE", async () => {
    const result = await evalRunDelete("eval_abc123", "evalrun_abc123", mock.config());
    expect(result).toEqual(["ok", { object: "eval.run.deleted", deleted: true, run_id: "evalrun_abc123" }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: "/evals/eval_abc123/runs/evalrun_abc123", bodySize: 0 });
  });

  it("evalRunOutputItems lists with its query; evalRunOutputItem retrieves one", async () => {
    const first = { ...itemFixture, eval_id: "eval_abc123", run_id: "evalrun_abc123" };
    const page = await evalRunOutputItems("eval_abc123", "evalrun_abc123", { limit: 1, status: "fail", order: "asc" }, mock.config());
    expect(page).toEqual(["ok", { object: "list", data: [first], first_id: first.id, last_id: first.id, has_more: true }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({
      method: "GET",
      path: "/evals/eval_abc123/runs/evalrun_abc123/output_items",
      query: { limit: "1", status: "fail", order: "asc" },
    });
    const one = await evalRunOutputItem("eval_abc123", "evalrun_abc123", "outputitem_abc", mock.config());
    expect(one).toEqual(["ok", { ...first, id: "outputitem_abc" }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/evals/eval_abc123/runs/evalrun_abc123/output_items/outputitem_abc", bodySize: 0 });
  });

  it("ids are percent-encoded; bad arguments are argument errors and nothing is sent", async () => {
    await evalRun("eval/1", "run 2", mock.config());
    expect(mock.server.lastRequest()?.url).toBe("/v1/evals/eval%2F1/runs/run%202");
    mock.server.reset();
    expect((await evals("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "eval_id" });
    expect((await evalRun("eval_abc123", "", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "run_id" });
    expect((await evalRunOutputItem("eval_abc123", "evalrun_abc123", 7 as never, mock.config()))[1]).toMatchObject({
      kind: "argument",
      argument: "output_item_id",
    });
    expect((await evalsCreate("eval" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect((await evalRunCreate("eval_abc123", undefined as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a 404 is an api error tuple", async () => {
    mock.server.on("DELETE /evals/:eval", {
      status: 404,
      body: { error: { message: "Eval not found", type: "invalid_request_error", param: null, code: null } },
    });
    const [status, error] = await evalsDelete("eval_gone", mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, message: "404 Eval not found (DELETE /evals/eval_gone)" });
  });
});
