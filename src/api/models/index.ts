export { models } from "./models";
export { modelsDelete } from "./modelsDelete";
