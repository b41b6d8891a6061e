export { compareWithBaseline, noBaseline, type BaselineOrigin } from './compare.js';
export { findBaseBranchBaseline, loadBaselineFile, type BaseBranchQuery, type BaselineLookup } from './find.js';
