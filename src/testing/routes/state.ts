/** The state the default routes keep for one mock server: created with the server, cleared by `reset()`. */

/** A batch created on the mock server (the fixture's fields with its own id and status). */
export type MockBatch = Record<string, unknown> & { id: string; status: string };

/** Per-server memory of the default routes (batches that progress, vector-store files still processing). */
export class MockState {
  /** Batches created with `POST /batches`, by id. */
  readonly batches = new Map<string, MockBatch>();
  /** Vector-store files still processing: key `${vectorStoreId}/${fileId}`, value the retrieves left before `completed`. */
  readonly pendingFiles = new Map<string, number>();

  /** Forgets everything (called by the server's `reset()`). */
  clear(): void {
    this.batches.clear();
    this.pendingFiles.clear();
  }
}
