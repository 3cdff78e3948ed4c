/**
 * Containers and their files: create (echoing the name), list (paged), retrieve, delete (an empty 200,
 * as the spec describes it), and files added by upload (multipart) or by `file_id` (JSON).
 */
import containerFixture from "../../../fixtures/containers_container.json";
import fileFixture from "../../../fixtures/containers_file.json";
import type { MockHandler, RecordedRequest } from "../types";
import { mockId, pageOf } from "./fineTuning";
import { withFields } from "./util";

/** The bytes every mock container file holds. */
export const MOCK_CONTAINER_FILE_CONTENT = "region,total\nnorth,1200\nsouth,950\n";

const containerList = ["cntr_6812a9f0c4e88190b1d2", "cntr_6812a9f0c4e88190b1d3", "cntr_6812a9f0c4e88190b1d4"].map((id) => ({ ...containerFixture, id }));
const fileList = ["cfile_6812aa31e7a08191a0f4", "cfile_6812aa31e7a08191a0f5"].map((id, index) => ({
  ...fileFixture,
  id,
  path: `/mnt/data/part${index + 1}.csv`,
}));

function addedFile(request: RecordedRequest): ReturnType<typeof withFields> {
  const upload = request.multipart?.files[0];
  const fileId = (request.json as { file_id?: unknown } | undefined)?.file_id;
  const path = upload ? `/mnt/data/${upload.filename}` : `/mnt/data/${String(fileId)}`;
  return withFields(fileFixture, {
    id: mockId("cfile_"),
    container_id: request.params.container,
    bytes: upload?.size ?? fileFixture.bytes,
    path,
    source: upload ? "user" : "file",
  });
}

export const containersRoutes: Record<string, MockHandler> = {
  "POST /containers": (request) => withFields(containerFixture, { id: mockId("cntr_"), name: (request.json as { name?: unknown } | undefined)?.name }),
  "GET /containers": (request) => pageOf(containerList, request),
  "GET /containers/:container": (request) => withFields(containerFixture, { id: request.params.container }),
  "DELETE /containers/:container": { status: 200, body: "" },
  "GET /containers/:container/files": (request) =>
    pageOf(
      fileList.map((file) => ({ ...file, container_id: request.params.container })),
      request,
    ),
  "POST /containers/:container/files": addedFile,
  "GET /containers/:container/files/:file": (request) => withFields(fileFixture, { id: request.params.file, container_id: request.params.container }),
  "DELETE /containers/:container/files/:file": { status: 200, body: "" },
  "GET /containers/:container/files/:file/content": {
    headers: { "content-type": "application/octet-stream" },
    body: new TextEncoder().encode(MOCK_CONTAINER_FILE_CONTENT),
  },
};
