import type { MockHandler } from "../types";

export const completionsRoutes: Record<string, MockHandler> = {};
