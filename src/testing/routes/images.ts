import type { MockHandler } from "../types";

export const imagesRoutes: Record<string, MockHandler> = {};
