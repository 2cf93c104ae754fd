/**
 * Every hostile input class of issue #9 scans in linear time: each class is timed at two sizes in the
 * same run and the larger may not cost much more per character than the smaller. No absolute times.
 */
import assert from 'node:assert/strict';
import { adversarialClasses, scan } from '../helpers/adversarial';

// The large input is 8 times the small one: linear work takes about 8 times as long, quadratic work 64
// times. Failing only above 3 times the linear cost per character (24x) leaves room for a busy machine.
const sizeRatio = 8;
const allowedGrowth = 3;

/** One timing: repeats the scan until it has lasted 25 ms, so short scans are not lost in timer noise. */
function timing(text: string, format: Parameters<typeof scan>[1]): number {
  let reps = 0;
  const t = performance.now();
  do {
    scan(text, format);
    reps++;
  } while (performance.now() - t < 25);
  return (performance.now() - t) / reps;
}

/**
 * The growth per character between the two inputs: the fastest of several timings of each, taken in
 * turn so that a burst of load from other processes slows both alike. Noise only ever adds time, so
 * the fastest timing is the closest to the real cost.
 */
function growth(small: string, large: string, format: Parameters<typeof scan>[1]): { growth: number; ts: number; tl: number } {
  let ts = Number.POSITIVE_INFINITY;
  let tl = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 4; r++) {
    ts = Math.min(ts, timing(small, format));
    tl = Math.min(tl, timing(large, format));
  }
  return { growth: tl / ts / (large.length / small.length), ts, tl };
}

describe('linear time on hostile input (issue #9)', function () {
  this.timeout(300_000);
  before(() => {
    // Loads the NLP library and warms the engine, so the first class does not pay for it.
    scan(adversarialClasses[0]!.make(20_000));
  });

  for (const c of adversarialClasses) {
    it(`${c.name}: ${sizeRatio}x the text costs under ${sizeRatio * allowedGrowth}x the time`, () => {
      const [small, large] = c.sizes ?? [8_192, 8_192 * sizeRatio];
      const a = c.make(small);
      const b = c.make(large);
      // A quadratic cost fails every attempt; a busy machine rarely slows three attempts in a row.
      let last = growth(a, b, c.format);
      for (let attempt = 1; attempt < 3 && last.growth >= allowedGrowth; attempt++) last = growth(a, b, c.format);
      assert.ok(last.growth < allowedGrowth, `${c.name}: ${a.length} chars in ${last.ts.toFixed(2)} ms, ${b.length} chars in ${last.tl.toFixed(2)} ms: ${last.growth.toFixed(1)}x the time per character`);
    });
  }
});
