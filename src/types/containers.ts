/** Types of containers (`/containers`) and their files, from the generated spec types. */
import type { Schemas, Query } from "./schema";
import type { FileInput } from "./files";

/**
 * A container: a sandbox for the code interpreter tool, with its own files.
 *
 * @example
 * const [status, container] = await containers("cntr_abc123");
 * if (status === "ok") console.log(container.status);
 */
export type Container = Schemas["ContainerResource"];

/** What `containersCreate` sends: `name` (plus `file_ids`, `expires_after`, `memory_limit`, ...). */
export type ContainerCreateParams = Schemas["CreateContainerBody"];

/** A page of containers. */
export type ContainerList = Schemas["ContainerListResource"];

/** Query of `containers(params)`. */
export type ContainerListParams = Query<"ListContainers">;

/** A file in a container. */
export type ContainerFile = Schemas["ContainerFileResource"];

/** A page of a container's files. */
export type ContainerFileList = Schemas["ContainerFileListResource"];

/** Query of `containerFiles(containerId, params)`. */
export type ContainerFileListParams = Query<"ListContainerFiles">;

/**
 * What `containerFileCreate` takes: a file to upload (path, Blob, bytes or `{ data, filename }`), or
 * `{ file_id }` of an uploaded file (sent as JSON). Hand-written: the spec types `file` as a string.
 */
export type ContainerFileCreateInput = FileInput | { file_id: string };

/** The answer of `containersDelete` and `containerFileDelete`: the spec gives no body, so its JSON (if any) passes through. */
export type ContainerDeleted = { id?: string; object?: string; deleted?: boolean };
