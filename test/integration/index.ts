// Mocha entry point, executed INSIDE the VS Code extension host (the `extensionTestsPath` module).
// The runner (test/runtime/run-integration.mjs, or test/desktop/run-desktop.mjs) bundles this file
// and the *.test.ts files next to it into out/integration/ with esbuild.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface Result { title: string; state: 'passed' | 'failed'; ms?: number; err?: string }

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  if (process.env.WARRANT_TEST_GREP) { mocha.grep(process.env.WARRANT_TEST_GREP); }
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) { mocha.addFile(path.join(__dirname, f)); }
  const resultsFile = process.env.WARRANT_TEST_RESULTS;
  const results: Result[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (resultsFile) { fs.writeFileSync(resultsFile, JSON.stringify({ failures, results }, null, 2)); }
      if (failures) { reject(new Error(`${failures} test(s) failed.`)); } else { resolve(); }
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: unknown) => results.push({
      title: t.fullTitle(), state: 'failed', err: String((err as Error)?.stack ?? err),
    }));
  });
}
