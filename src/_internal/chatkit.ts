/** ChatKit's beta header: every `/chatkit` call sends it (the spec copies do not list it; the API refuses calls without it). */
export const CHATKIT_BETA = "chatkit_beta=v1";
