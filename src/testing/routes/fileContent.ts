import type { MockHandler } from "../types";

export const fileContentRoutes: Record<string, MockHandler> = {};
