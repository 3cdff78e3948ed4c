/**
 * `openai-ex/testing`: a real HTTP server on loopback that answers like the OpenAI API, for the
 * project's tests, the demo, and your own tests.
 */
export { startMockServer } from "./server";
export { scriptedChat } from "./script";
export type { ScriptedToolCall, ScriptedTurn } from "./script";
export type { MockHandler, MockRateLimit, MockReply, MockServer, MockServerOptions, RecordedFile, RecordedMultipart, RecordedRequest } from "./types";
export { signWebhook } from "./signWebhook";
export type { SignedWebhook, SignWebhookOptions, WebhookSignatureHeaders } from "./signWebhook";
export { sendWebhook } from "./sendWebhook";
export type { SendWebhookOptions, WebhookDelivery } from "./sendWebhook";
export { mockWebhookEvent } from "./webhookEvents";
