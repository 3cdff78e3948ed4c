import ftjob from "../../../fixtures/ftjob_job.json";
import ftjobEvents from "../../../fixtures/ftjob_events.json";
import ftjobCheckpoints from "../../../fixtures/ftjob_checkpoints.json";
import type { MockHandler, MockReply, RecordedRequest } from "../types";
import { withFields } from "./util";

/** A cursor page of `items` honouring the `after` and `limit` query of the request, as OpenAI pages lists. */
export function pageOf<T extends { id: string }>(items: readonly T[], request: RecordedRequest): MockReply {
  const after = typeof request.query.after === "string" ? request.query.after : undefined;
  const limit = Number(typeof request.query.limit === "string" ? request.query.limit : 20) || 20;
  const start = after === undefined ? 0 : items.findIndex((item) => item.id === after) + 1;
  const data = items.slice(start, start + limit);
  const has_more = start + limit < items.length;
  return { body: { object: "list", data, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null, has_more } };
}

/** A short random suffix for created ids. */
export function mockId(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 12)}`;
}

const jobs = ["ftjob-abc123", "ftjob-def456", "ftjob-ghi789"].map((id) => ({ ...ftjob, id }));

export const fineTuningRoutes: Record<string, MockHandler> = {
  "GET /fine_tuning/jobs": (request) => pageOf(jobs, request),
  "POST /fine_tuning/jobs": (request) => {
    const body = (request.json ?? {}) as Record<string, unknown>;
    return withFields(ftjob, {
      id: mockId("ftjob-"),
      model: body.model,
      training_file: body.training_file,
      validation_file: body.validation_file ?? null,
      status: "validating_files",
      fine_tuned_model: null,
      finished_at: null,
      trained_tokens: null,
      result_files: [],
      created_at: Math.floor(Date.now() / 1000),
      metadata: body.metadata ?? null,
    });
  },
  "GET /fine_tuning/jobs/:job": (request) => withFields(ftjob, { id: request.params.job }),
  "POST /fine_tuning/jobs/:job/cancel": (request) =>
    withFields(ftjob, { id: request.params.job, status: "cancelled", fine_tuned_model: null, finished_at: null }),
  // The spec's job statuses have no "paused": the mock answers the job as it is, with the path's id.
  "POST /fine_tuning/jobs/:job/pause": (request) => withFields(ftjob, { id: request.params.job }),
  "POST /fine_tuning/jobs/:job/resume": (request) =>
    withFields(ftjob, { id: request.params.job, status: "running", fine_tuned_model: null, finished_at: null }),
  "GET /fine_tuning/jobs/:job/events": (request) => pageOf(ftjobEvents.data, request),
  "GET /fine_tuning/jobs/:job/checkpoints": (request) =>
    pageOf(
      ftjobCheckpoints.data.map((checkpoint) => ({ ...checkpoint, fine_tuning_job_id: request.params.job ?? "" })),
      request,
    ),
};
