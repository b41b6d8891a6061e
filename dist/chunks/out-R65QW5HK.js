import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);
import {
  require_out
} from "./chunk-5BUELSY4.js";
import "./chunk-BVPVHZAW.js";
export default require_out();
