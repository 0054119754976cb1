import { describe, expect, it } from 'vitest';

// `.ci/run` runs the suite on each Node version it tests and names that version in
// TISHENG_EXPECT_NODE: this fails if the test workers run on another one.
describe('runtime', () => {
  it('runs on the Node version CI asked for', () => {
    const expected = process.env.TISHENG_EXPECT_NODE;
    if (!expected) return;
    console.info(`tests run on Node ${process.version} (ABI ${process.versions.modules}), ${process.execPath}`);
    expect(process.version).toBe(`v${expected}`);
  });
});
