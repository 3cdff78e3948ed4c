export { chatCompletion } from "./chatCompletion";
