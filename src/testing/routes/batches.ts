import type { MockHandler } from "../types";

export const batchesRoutes: Record<string, MockHandler> = {};
