/**
 * The default routes of the mock server, one module per resource. Add a resource's module here.
 */
import type { MockHandler } from "../types";
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

export const defaultRoutes: Record<string, MockHandler> = {
  ...modelRoutes,
  ...chatRoutes,
  ...embeddingRoutes,
  ...completionsRoutes,
  ...imagesRoutes,
  ...audioRoutes,
  ...filesRoutes,
  ...finetunesRoutes,
  ...enginesRoutes,
  ...assistantsRoutes,
  ...threadsRoutes,
  ...fileContentRoutes,
  ...fineTuningRoutes,
  ...batchesRoutes,
  ...responsesRoutes,
  ...conversationsRoutes,
  ...vectorStoresRoutes,
  ...uploadsRoutes,
};
