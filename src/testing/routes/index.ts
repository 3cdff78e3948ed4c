/**
 * The default routes of the mock server, one module per resource. Add a resource's module here.
 */
import type { MockHandler } from "../types";
import type { MockState } from "./state";
import { chatRoutes } from "./chat";
import { embeddingRoutes } from "./embeddings";
import { modelRoutes } from "./models";
import { completionsRoutes } from "./completions";
import { imagesRoutes } from "./images";
import { audioRoutes } from "./audio";
import { filesRoutes } from "./files";
import { finetunesRoutes } from "./finetunes";
import { enginesRoutes } from "./engines";
import { assistantsRoutes } from "./assistants";
import { threadsRoutes } from "./threads";
import { fileContentRoutes } from "./fileContent";
import { fineTuningRoutes } from "./fineTuning";
import { batchesRoutes } from "./batches";
import { responsesRoutes } from "./responses";
import { conversationsRoutes } from "./conversations";
import { vectorStoresRoutes } from "./vectorStores";
import { uploadsRoutes } from "./uploads";
import { chatCompletionsRoutes } from "./chatCompletions";
import { containersRoutes } from "./containers";
import { chatkitRoutes } from "./chatkit";
import { contentProvenanceRoutes } from "./contentProvenance";
import { evalsRoutes } from "./evals";
import { gradersRoutes } from "./graders";
import { voicesRoutes } from "./voices";
import { realtimeRoutes } from "./realtime";
import { skillsRoutes } from "./skills";

/**
 * The default routes of one server; routes that remember things (batches, vector-store files) keep it in `state`.
 *
 * @param state The server's state, cleared by its `reset()`.
 * @returns `"METHOD /path/:param"` → handler, for every catalogue endpoint.
 */
export function defaultRoutes(state: MockState): Record<string, MockHandler> {
  return {
    ...modelRoutes,
    ...chatRoutes,
    ...embeddingRoutes,
    ...completionsRoutes,
    ...imagesRoutes,
    ...audioRoutes,
    ...filesRoutes(state),
    ...finetunesRoutes,
    ...enginesRoutes,
    ...assistantsRoutes,
    ...threadsRoutes,
    ...fileContentRoutes(state),
    ...fineTuningRoutes,
    ...batchesRoutes(state),
    ...responsesRoutes,
    ...conversationsRoutes,
    ...vectorStoresRoutes(state),
    ...uploadsRoutes,
    ...chatCompletionsRoutes,
    ...containersRoutes,
    ...chatkitRoutes,
    ...contentProvenanceRoutes,
    ...evalsRoutes,
    ...gradersRoutes,
    ...voicesRoutes,
    ...realtimeRoutes,
    ...skillsRoutes,
  };
}
