/** Content provenance checks: a multipart upload answered with a C2PA and a SynthID result (400 without a file). */
import checkFixture from "../../../fixtures/contentProvenance_check.json";
import type { MockHandler } from "../types";
import { errorReply } from "./util";

export const contentProvenanceRoutes: Record<string, MockHandler> = {
  "POST /content_provenance_checks": (request) =>
    request.multipart?.files.some((file) => file.field === "file")
      ? { body: checkFixture }
      : errorReply(400, "A file is required.", "invalid_request_error", null, "file"),
};
