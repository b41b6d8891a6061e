/**
 * The onnxruntime-node version that the published Action installs when it finds none: the one in
 * package-lock.json (a test keeps them equal).
 */
export const ONNXRUNTIME_NODE_VERSION = '1.30.0';
