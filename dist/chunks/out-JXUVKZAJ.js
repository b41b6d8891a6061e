import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  require_out
} from "./chunk-EPWKIPUZ.js";
import "./chunk-BVPVHZAW.js";
export default require_out();
