import { describe, expect, it } from "vitest";
import {
  fineTuningCheckpointPermissions,
  fineTuningCheckpointPermissionsCreate,
  fineTuningCheckpointPermissionsDelete,
  fineTuningJobsPause,
  fineTuningJobsResume,
  gradersRun,
  gradersValidate,
  paginate,
} from "../../src/index";
import type { Grader } from "../../src/index";
import ftjob from "../../fixtures/ftjob_job.json";
import graderRun from "../../fixtures/graders_run.json";
import permission from "../../fixtures/ftcheckpoint_permission.json";
import { useMockServer } from "../_helpers/mock";

const mock = useMockServer();
const meta = expect.objectContaining({ status: 200, requestId: expect.stringMatching(/^req_mock_/) });
const checkpoint = "ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4";
const encoded = "ft:gpt-4o-mini-2024-07-18:acme:support:A1b2C3d4";
const grader: Grader = { type: "string_check", name: "exact answer", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: "eq" };

describe("fine-tuning job pause and resume", () => {
  it("fineTuningJobsPause(jobId) posts with no body", async () => {
    expect(await fineTuningJobsPause("ftjob-abc123", mock.config())).toEqual(["ok", { ...ftjob, id: "ftjob-abc123" }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/fine_tuning/jobs/ftjob-abc123/pause", bodySize: 0 });
    expect(mock.server.lastRequest()?.headers["content-type"]).toBeUndefined();
  });

  it("fineTuningJobsResume(jobId) posts with no body", async () => {
    const result = await fineTuningJobsResume("ftjob-abc123", mock.config());
    expect(result).toEqual(["ok", { ...ftjob, id: "ftjob-abc123", status: "running", fine_tuned_model: null, finished_at: null }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/fine_tuning/jobs/ftjob-abc123/resume", bodySize: 0 });
  });

  it("an empty job id is an argument error and nothing is sent", async () => {
    expect((await fineTuningJobsPause("", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "fine_tuning_job_id" });
    expect((await fineTuningJobsResume(undefined as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "fine_tuning_job_id" });
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("checkpoint permissions", () => {
  it("fineTuningCheckpointPermissions(checkpoint) lists; with params it sends the query", async () => {
    const [status, page] = await fineTuningCheckpointPermissions(checkpoint, {}, mock.config());
    expect(status).toBe("ok");
    expect(page).toMatchObject({ object: "list", first_id: "cp_8Jd2kQw5Lr0Tz3Ym", last_id: "cp_6Tg3mKd8Rf0Za5Nu", has_more: false });
    expect(mock.server.lastRequest()).toMatchObject({ method: "GET", path: `/fine_tuning/checkpoints/${encoded}/permissions`, query: {}, bodySize: 0 });
    const result = await fineTuningCheckpointPermissions(checkpoint, { project_id: "proj_mock2", limit: 5, order: "ascending" }, mock.config());
    const only = { ...permission, id: "cp_2Wn7bHs1Xv4Pq9Lc", project_id: "proj_mock2" };
    expect(result).toEqual(["ok", { object: "list", data: [only], first_id: only.id, last_id: only.id, has_more: false }, meta]);
    expect(mock.server.lastRequest()?.query).toEqual({ project_id: "proj_mock2", limit: "5", order: "ascending" });
  });

  it("paginate(fineTuningCheckpointPermissions) follows the after cursor", async () => {
    const ids: string[] = [];
    for await (const [status, item] of paginate(fineTuningCheckpointPermissions, checkpoint, { limit: 2 }, mock.config()))
      if (status === "ok") ids.push(item.id);
    expect(ids).toEqual(["cp_8Jd2kQw5Lr0Tz3Ym", "cp_2Wn7bHs1Xv4Pq9Lc", "cp_6Tg3mKd8Rf0Za5Nu"]);
    expect(mock.server.requests[1]?.query).toEqual({ limit: "2", after: "cp_2Wn7bHs1Xv4Pq9Lc" });
  });

  it("fineTuningCheckpointPermissionsCreate(checkpoint, params) posts the project ids", async () => {
    const [status, page] = await fineTuningCheckpointPermissionsCreate(checkpoint, { project_ids: ["proj_a", "proj_b"] }, mock.config());
    expect(status).toBe("ok");
    expect(page).toMatchObject({
      object: "list",
      data: [{ object: "checkpoint.permission", project_id: "proj_a" }, { project_id: "proj_b" }],
      has_more: false,
    });
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: `/fine_tuning/checkpoints/${encoded}/permissions`, json: { project_ids: ["proj_a", "proj_b"] } });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("fineTuningCheckpointPermissionsDelete(checkpoint, permissionId) sends a DELETE", async () => {
    const result = await fineTuningCheckpointPermissionsDelete(checkpoint, "cp_abc123", mock.config());
    expect(result).toEqual(["ok", { id: "cp_abc123", object: "checkpoint.permission", deleted: true }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "DELETE", path: `/fine_tuning/checkpoints/${encoded}/permissions/cp_abc123`, bodySize: 0 });
  });

  it("bad arguments are argument errors and nothing is sent", async () => {
    expect((await fineTuningCheckpointPermissions("", {}, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "fine_tuned_model_checkpoint" });
    expect((await fineTuningCheckpointPermissionsDelete(checkpoint, "", mock.config()))[1]).toMatchObject({ kind: "argument", argument: "permission_id" });
    expect((await fineTuningCheckpointPermissionsCreate(checkpoint, ["proj_a"] as never, mock.config()))[1]).toMatchObject({
      kind: "argument",
      argument: "params",
    });
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("graders", () => {
  it("gradersRun(params) posts the grader, the sample and the item", async () => {
    const params = { grader, model_sample: "42", item: { answer: "42" } };
    const result = await gradersRun(params, mock.config());
    expect(result).toEqual(["ok", { ...graderRun, metadata: { ...graderRun.metadata, name: "exact answer", type: "string_check" } }, meta]);
    const seen = mock.server.lastRequest();
    expect(seen).toMatchObject({ method: "POST", path: "/fine_tuning/alpha/graders/run", json: params });
    expect(seen?.headers["content-type"]).toBe("application/json");
  });

  it("gradersValidate(params) posts the grader and answers it back", async () => {
    expect(await gradersValidate({ grader }, mock.config())).toEqual(["ok", { grader }, meta]);
    expect(mock.server.lastRequest()).toMatchObject({ method: "POST", path: "/fine_tuning/alpha/graders/validate", json: { grader } });
  });

  it("a 400 for an invalid grader is an api error tuple; non-object params send nothing", async () => {
    mock.server.on("POST /fine_tuning/alpha/graders/validate", {
      status: 400,
      body: { error: { message: "Invalid grader", type: "invalid_request_error", param: "grader", code: null } },
    });
    const [status, error] = await gradersValidate({ grader: { ...grader, operation: "bogus" as never } }, mock.config());
    expect(status).toBe("error");
    expect(error).toMatchObject({ kind: "api", status: 400, error: { message: "Invalid grader", param: "grader" } });
    mock.server.reset();
    expect((await gradersRun("grade me" as never, mock.config()))[1]).toMatchObject({ kind: "argument", argument: "params" });
    expect(mock.server.requests).toHaveLength(0);
  });
});
