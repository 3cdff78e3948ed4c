/** Containers and their files (issue 15): "METHOD /path" as in fixtures/openapi/latest.yaml → function. */
export const operations: Record<string, string> = {
  "GET /containers": "containers",
  "POST /containers": "containersCreate",
  "GET /containers/{container_id}": "containers",
  "DELETE /containers/{container_id}": "containersDelete",
  "GET /containers/{container_id}/files": "containerFiles",
  "POST /containers/{container_id}/files": "containerFileCreate",
  "GET /containers/{container_id}/files/{file_id}": "containerFile",
  "DELETE /containers/{container_id}/files/{file_id}": "containerFileDelete",
  "GET /containers/{container_id}/files/{file_id}/content": "containerFileContent",
};
