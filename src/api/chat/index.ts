export { chatCompletion } from "./chatCompletion";
export { chatCompletions } from "./chatCompletions";
export { chatCompletionsModify } from "./chatCompletionsModify";
export { chatCompletionsDelete } from "./chatCompletionsDelete";
export { chatCompletionMessages } from "./chatCompletionMessages";
