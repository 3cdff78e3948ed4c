import type { MockHandler } from "../types";

export const threadsRoutes: Record<string, MockHandler> = {};
