import { describe, expect, it } from 'vitest';
import { nodeCount } from './nodes.js';

describe('nodeCount', () => {
  it('takes NNodes first, then AllocTRES node=, then the hosts NodeList names', () => {
    expect(nodeCount({ nNodes: '4', allocTres: 'node=2', nodeList: 'a' })).toBe(4);
    expect(nodeCount({ allocTres: 'billing=1152,cpu=1152,mem=1840000M,node=4', nodeList: 'a' })).toBe(4);
    expect(nodeCount({ nodeList: 'nid[001002,001004,001012,001014]' })).toBe(4);
    expect(nodeCount({ nodeList: 'nid[001-004,007],gpu12' })).toBe(6);
    expect(nodeCount({ nodeList: 'rack[1-2]-node[01-08]' })).toBe(16);
    expect(nodeCount({ nodeList: 'node7' })).toBe(1);
  });

  it('says nothing when nothing says', () => {
    expect(nodeCount({})).toBeUndefined();
    expect(nodeCount({ nNodes: '0', nodeList: 'None assigned' })).toBeUndefined();
    expect(nodeCount({ nodeList: 'nid[4-1]' })).toBeUndefined();
  });
});
