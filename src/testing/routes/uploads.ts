import type { MockHandler } from "../types";

export const uploadsRoutes: Record<string, MockHandler> = {};
