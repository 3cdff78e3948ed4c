/** The state the default routes keep for one mock server: created with the server, cleared by `reset()`. */

/** A batch created on the mock server (the fixture's fields with its own id and status). */
export type MockBatch = Record<string, unknown> & { id: string; status: string };

/** A file the mock server keeps: an uploaded batch input, or a batch's output or error file. */
export interface MockStoredFile {
  /** The file object the files routes answer. */
  object: Record<string, unknown> & { id: string };
  /** The uploaded bytes (batch inputs). */
  data?: Uint8Array;
  /** For an output or error file: the batch it belongs to. */
  batchId?: string;
  /** Which of the batch's files it is. */
  role?: "output" | "error";
}

/** How one request line of a mock batch ends. */
export type MockLineOutcome = "ok" | "fail" | "expire";

/** What the batch routes know of a batch made from an uploaded file. */
export interface MockBatchRun {
  /** The retrieves each phase lasts (`metadata.mock_ticks`, default 1). */
  ticks: number;
  /** Retrieves seen since the batch entered its current status. */
  tick: number;
  /** The input lines' `custom_id`s, in file order. */
  customIds: string[];
  /** How each line ends: `fail` for a model that does not exist, `expire` for one containing `batch-expires`. */
  outcomes: MockLineOutcome[];
  /** How many lines have run so far (request_counts.completed + failed). */
  done: number;
  /** Problems that fail the batch at validation (`errors.data`). */
  invalid: Array<{ code: string; message: string; param: string | null; line: number | null }>;
}

/** Per-server memory of the default routes (batches that progress, files, vector-store files still processing). */
export class MockState {
  /** Batches created with `POST /batches`, by id. */
  readonly batches = new Map<string, MockBatch>();
  /** The run of each batch whose input file is a stored upload, by batch id. */
  readonly batchRuns = new Map<string, MockBatchRun>();
  /** Files uploaded with purpose `batch`, and the output and error files of batches, by id. */
  readonly files = new Map<string, MockStoredFile>();
  /** Vector-store files still processing: key `${vectorStoreId}/${fileId}`, value the retrieves left before `completed`. */
  readonly pendingFiles = new Map<string, number>();

  /** Forgets everything (called by the server's `reset()`). */
  clear(): void {
    this.batches.clear();
    this.batchRuns.clear();
    this.files.clear();
    this.pendingFiles.clear();
  }
}
