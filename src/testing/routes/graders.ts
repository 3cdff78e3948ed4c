/** Fine-tuning graders (run, validate) and checkpoint permissions: stateless answers from the fixtures. */
import runFixture from "../../../fixtures/graders_run.json";
import permissionFixture from "../../../fixtures/ftcheckpoint_permission.json";
import type { MockHandler, RecordedRequest } from "../types";
import { mockId, pageOf } from "./fineTuning";

const body = (request: RecordedRequest): Record<string, unknown> => (request.json ?? {}) as Record<string, unknown>;
const permissions = ["cp_8Jd2kQw5Lr0Tz3Ym", "cp_2Wn7bHs1Xv4Pq9Lc", "cp_6Tg3mKd8Rf0Za5Nu"].map((id, index) => ({
  ...permissionFixture,
  id,
  project_id: `proj_mock${index + 1}`,
}));

export const gradersRoutes: Record<string, MockHandler> = {
  "POST /fine_tuning/alpha/graders/run": (request) => {
    const grader = (body(request).grader ?? {}) as Record<string, unknown>;
    return { body: { ...runFixture, metadata: { ...runFixture.metadata, name: grader.name ?? "", type: grader.type ?? "" } } };
  },
  "POST /fine_tuning/alpha/graders/validate": (request) => ({ body: { grader: body(request).grader } }),
  "GET /fine_tuning/checkpoints/:checkpoint/permissions": (request) => {
    const project = request.query.project_id;
    return pageOf(typeof project === "string" ? permissions.filter((p) => p.project_id === project) : permissions, request);
  },
  "POST /fine_tuning/checkpoints/:checkpoint/permissions": (request) => {
    const projects = Array.isArray(body(request).project_ids) ? (body(request).project_ids as unknown[]) : [];
    const created = projects.map((project) => ({
      ...permissionFixture,
      id: mockId("cp_"),
      project_id: String(project),
      created_at: Math.floor(Date.now() / 1000),
    }));
    return pageOf(created, request);
  },
  "DELETE /fine_tuning/checkpoints/:checkpoint/permissions/:permission": (request) => ({
    body: { id: request.params.permission, object: "checkpoint.permission", deleted: true },
  }),
};
