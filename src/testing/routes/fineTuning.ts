import type { MockHandler } from "../types";

export const fineTuningRoutes: Record<string, MockHandler> = {};
