import { afterEach, describe, expect, it } from "vitest";
import { fineTuningJobs, fineTuningJobsCancel, fineTuningJobsCheckpoints, fineTuningJobsCreate, fineTuningJobsEvents, unwrap } from "../../src/index";
import ftjob from "../../fixtures/ftjob_job.json";
import ftjobEvents from "../../fixtures/ftjob_events.json";
import ftjobCheckpoints from "../../fixtures/ftjob_checkpoints.json";
import { TEST_KEY, useMockServer } from "../_helpers/mock";

const mock = useMockServer();

afterEach(() => {
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAI_BASE_URL;
});

describe("fine-tuning jobs", () => {
  it("fineTuningJobs() lists with the environment's config", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    const [status, page] = await fineTuningJobs();
    expect(status).toBe("ok");
    expect(page).toMatchObject({ object: "list", has_more: false, first_id: "ftjob-abc123", last_id: "ftjob-ghi789" });
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/fine_tuning/jobs", query: {}, rawBody: new Uint8Array() });
    expect(mock.server.lastRequest()?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it("fineTuningJobs(params, config) sends after and limit as the query", async () => {
    const [status, page] = await fineTuningJobs({ after: "ftjob-abc123", limit: 1 }, mock.config());
    expect(status).toBe("ok");
    expect(page).toEqual({ object: "list", data: [{ ...ftjob, id: "ftjob-def456" }], first_id: "ftjob-def456", last_id: "ftjob-def456", has_more: true });
    expect(mock.server.lastRequest()?.query).toEqual({ after: "ftjob-abc123", limit: "1" });
    expect(mock.server.lastRequest()?.headers["content-type"]).toBeUndefined();
  });

  it("fineTuningJobs(jobId, config) retrieves, percent-encoding the id", async () => {
    const result = await fineTuningJobs("ftjob-abc123", mock.config());
    expect(result).toEqual(["ok", ftjob, expect.objectContaining({ status: 200 })]);
    await fineTuningJobs("ftjob/x y", mock.config());
    expect(mock.server.lastRequest()?.url).toBe("/v1/fine_tuning/jobs/ftjob%2Fx%20y");
  });

  it("fineTuningJobs(params mixed with a config) is an argument error; nothing is sent", async () => {
    const result = await fineTuningJobs({ limit: 2, ...mock.config() } as never);
    expect(result[0]).toBe("error");
    expect(result[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(JSON.stringify(result)).not.toContain(TEST_KEY);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("fineTuningJobsCreate(params) posts JSON", async () => {
    const params = { model: "gpt-4o-mini-2024-07-18", training_file: "file-abc123", suffix: "otters", method: { type: "supervised" as const } };
    const [status, job] = await fineTuningJobsCreate(params, mock.config());
    expect(status).toBe("ok");
    expect(job).toMatchObject({ object: "fine_tuning.job", model: params.model, training_file: "file-abc123", status: "validating_files" });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/fine_tuning/jobs", json: params });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("fineTuningJobsCancel(jobId) posts with no body", async () => {
    const [status, job] = await fineTuningJobsCancel("ftjob-abc123", mock.config());
    expect(status).toBe("ok");
    expect(job).toMatchObject({ id: "ftjob-abc123", status: "cancelled" });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/fine_tuning/jobs/ftjob-abc123/cancel", bodySize: 0 });
    expect(seen?.headers["content-type"]).toBeUndefined();
  });

  it("fineTuningJobsEvents(jobId) and (jobId, params, config)", async () => {
    const [, all] = await fineTuningJobsEvents("ftjob-abc123", {}, mock.config());
    expect(all).toMatchObject({ object: "list", data: ftjobEvents.data, has_more: false });
    const page = unwrap(await fineTuningJobsEvents("ftjob-abc123", { limit: 2, after: ftjobEvents.data[0]?.id }, mock.config()));
    expect(page.data).toEqual(ftjobEvents.data.slice(1, 3));
    expect(mock.server.lastRequest()).toMatchObject({ path: "/fine_tuning/jobs/ftjob-abc123/events", query: { limit: "2", after: ftjobEvents.data[0]?.id } });
  });

  it("fineTuningJobsCheckpoints(jobId, params?, config?)", async () => {
    const page = unwrap(await fineTuningJobsCheckpoints("ftjob-xyz", { limit: 5 }, mock.config()));
    expect(page.data).toEqual(ftjobCheckpoints.data.map((c) => ({ ...c, fine_tuning_job_id: "ftjob-xyz" })));
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: "/fine_tuning/jobs/ftjob-xyz/checkpoints", query: { limit: "5" } });
  });

  it("fineTuningJobsEvents(jobId) with params omitted uses the environment's config and sends no query", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    const first = ftjobEvents.data[0]?.id ?? null;
    const last = ftjobEvents.data[ftjobEvents.data.length - 1]?.id ?? null;
    expect(await fineTuningJobsEvents("ftjob-abc123")).toEqual([
      "ok",
      { object: "list", data: ftjobEvents.data, first_id: first, last_id: last, has_more: false },
      expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) }),
    ]);
    expect(mock.server.requests).toHaveLength(1);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({
      method: "GET",
      path: "/fine_tuning/jobs/ftjob-abc123/events",
      url: "/v1/fine_tuning/jobs/ftjob-abc123/events",
      query: {},
      bodySize: 0,
    });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, accept: "application/json" });
    expect(seen?.headers["content-type"]).toBeUndefined();
  });

  it("fineTuningJobsCheckpoints(jobId) with params omitted uses the environment's config and sends no query", async () => {
    process.env.OPENAI_API_KEY = TEST_KEY;
    process.env.OPENAI_BASE_URL = mock.server.url;
    const data = ftjobCheckpoints.data.map((checkpoint) => ({ ...checkpoint, fine_tuning_job_id: "ftjob-xyz" }));
    expect(await fineTuningJobsCheckpoints("ftjob-xyz")).toEqual([
      "ok",
      { object: "list", data, first_id: data[0]?.id, last_id: data[data.length - 1]?.id, has_more: false },
      expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) }),
    ]);
    expect(mock.server.requests).toHaveLength(1);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({
      method: "GET",
      path: "/fine_tuning/jobs/ftjob-xyz/checkpoints",
      url: "/v1/fine_tuning/jobs/ftjob-xyz/checkpoints",
      query: {},
      bodySize: 0,
    });
    expect(seen?.headers).toMatchObject({ authorization: `Bearer ${TEST_KEY}`, accept: "application/json" });
    expect(seen?.headers["content-type"]).toBeUndefined();
  });

  it("a bad job id is an argument error", async () => {
    const result = await fineTuningJobsEvents("", {}, mock.config());
    expect(result).toEqual([
      "error",
      { kind: "argument", argument: "fine_tuning_job_id", message: "fine_tuning_job_id must be a non-empty string, got an empty string" },
    ]);
    const cancel = await fineTuningJobsCancel(7 as never, mock.config());
    expect(cancel[1]).toMatchObject({ kind: "argument", argument: "fine_tuning_job_id" });
    expect(mock.server.requests).toHaveLength(0);
  });

  it("a 404 comes back as an api error tuple", async () => {
    mock.server.on("GET /fine_tuning/jobs/:job", {
      status: 404,
      body: { error: { message: "No such job", type: "invalid_request_error", param: null, code: null } },
    });
    const [status, error] = await fineTuningJobs("ftjob-nope", mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 404, message: "404 No such job (GET /fine_tuning/jobs/ftjob-nope)" });
  });
});
