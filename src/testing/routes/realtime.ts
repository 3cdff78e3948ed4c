/**
 * Realtime REST: session and secret fixtures; a call offer is answered with a fixed SDP answer and a
 * `Location` naming the new call; accept, hangup, refer and reject answer 200 with an empty body.
 */
import clientSecret from "../../../fixtures/realtime_client_secret.json";
import session from "../../../fixtures/realtime_session.json";
import transcriptionSession from "../../../fixtures/realtime_transcription_session.json";
import translationSecret from "../../../fixtures/realtime_translation_client_secret.json";
import type { MockHandler } from "../types";

/** The SDP answer of `POST /realtime/calls` (the same text as fixtures/realtime_call_answer.sdp). */
export const MOCK_SDP_ANSWER =
  "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=sendrecv\r\na=rtpmap:111 opus/48000/2\r\n";
/** The id of the call the mock creates. */
export const MOCK_CALL_ID = "rtc_mock_0c4f2e8a";

const empty = { status: 200 };

export const realtimeRoutes: Record<string, MockHandler> = {
  "POST /realtime/client_secrets": { body: clientSecret },
  "POST /realtime/sessions": { body: session },
  "POST /realtime/transcription_sessions": { body: transcriptionSession },
  "POST /realtime/translations/client_secrets": { body: translationSecret },
  "POST /realtime/calls": {
    status: 201,
    headers: { "content-type": "application/sdp", location: `/v1/realtime/calls/${MOCK_CALL_ID}` },
    body: MOCK_SDP_ANSWER,
  },
  "POST /realtime/calls/:call_id/accept": empty,
  "POST /realtime/calls/:call_id/hangup": empty,
  "POST /realtime/calls/:call_id/refer": empty,
  "POST /realtime/calls/:call_id/reject": empty,
};
