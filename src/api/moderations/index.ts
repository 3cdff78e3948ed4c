export { moderations } from "./moderations";
