import { n8nRows, PACKED_GOAL_BYTES, RATIO_GOAL, type N8nBench } from '../../bench/n8n';

const packed = { size: 190_000, unpackedSize: 1_050_000, files: 13 };
const timing = (nodeMs: number, httpMs: number): N8nBench['timing'] => ({
  samples: 60,
  nodeMs,
  httpMs,
  nodeP90: nodeMs * 1.2,
  httpP90: httpMs * 1.2,
  ratio: nodeMs / httpMs,
  nodeRequests: 1,
  httpRequests: 1,
});

describe('n8n rows', () => {
  it('without n8n installed: the packed size against its goal, and the timings said to be skipped (not failed)', () => {
    const rows = n8nRows({ packed });
    expect(rows.map((r) => r.met)).toEqual([true, undefined]);
    expect(rows[0]!.result).toBe('185.5 KB');
    expect(rows[1]).toMatchObject({ result: 'skipped', goal: 'no goal set' });
    expect(rows[1]!.why).toContain('npm run test:n8n');
  });

  it('with n8n: the node beside the HTTP Request node, the ratio against its goal', () => {
    const rows = n8nRows({ packed, timing: timing(30, 20) });
    expect(rows.map((r) => r.measure)).toEqual([
      'n8n-nodes-dailybot, packed',
      'DailyBot node, per execution',
      'n8n HTTP Request node, same request',
      'DailyBot node ÷ HTTP Request node',
    ]);
    expect(rows[3]).toMatchObject({ result: '1.50×', met: true });
    expect(n8nRows({ packed, timing: timing(20 * (RATIO_GOAL + 0.5), 20) })[3]!.met).toBe(false);
  });

  it('misses the size goal past it', () => {
    expect(n8nRows({ packed: { ...packed, size: PACKED_GOAL_BYTES + 1 } })[0]!.met).toBe(false);
  });
});
