import type { MockHandler } from "../types";

export const enginesRoutes: Record<string, MockHandler> = {};
