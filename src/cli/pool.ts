/**
 * Runs a per-file task on every core: one worker thread per core, each with its own Analyzer, fed one
 * path at a time; results come back in input order as soon as they are ready, so output can stream.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { jsonLine, portfolioFile, scanFile, TaskContext, type TaskOptions } from './tasks';

export type TaskName = 'scan' | 'line' | 'portfolio';
const tasks = { scan: scanFile, line: jsonLine, portfolio: portfolioFile };
type Result<N extends TaskName> = Awaited<ReturnType<(typeof tasks)[N]>>;

interface WorkerInit {
  warrantLensWorker: true;
  task: TaskName;
  opts: TaskOptions;
}

/** How many workers to use: the `--jobs` value, else one per core; never more than there are files. */
export function jobCount(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), files));
}

/**
 * Calls `onResult` for each path, in order. With one job (or one file) everything runs on this thread;
 * otherwise in workers. A worker that dies turns its file into an error result and is replaced.
 */
export async function mapFiles<N extends TaskName>(paths: readonly string[], task: N, opts: TaskOptions, jobs: number, onResult: (result: Result<N>, index: number) => void): Promise<void> {
  const n = jobCount(jobs, paths.length);
  if (n <= 1) {
    const ctx = new TaskContext(opts);
    for (const [i, p] of paths.entries()) onResult((await tasks[task](p, ctx)) as Result<N>, i);
    return;
  }
  const ready = new Map<number, Result<N>>();
  let nextOut = 0;
  let nextIn = 0;
  const deliver = (i: number, r: Result<N>) => {
    ready.set(i, r);
    while (ready.has(nextOut)) {
      onResult(ready.get(nextOut)!, nextOut);
      ready.delete(nextOut++);
    }
  };
  // The bundled CLI starts itself as the worker; under tsx (tests) the worker loads this module through tsx.
  const underTsx = __filename.endsWith('.ts');
  const script = underTsx ? `require('tsx/cjs'); require(${JSON.stringify(__filename)}).runAsWorker();` : __filename;
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      running++;
      const w = new Worker(script, { eval: underTsx, workerData: { warrantLensWorker: true, task, opts } satisfies WorkerInit });
      let current = -1;
      const feed = () => {
        if (nextIn < paths.length) {
          current = nextIn++;
          w.postMessage({ index: current, path: paths[current] });
        } else {
          current = -1;
          void w.terminate();
        }
      };
      w.on('message', (m: { index: number; result: Result<N> }) => {
        deliver(m.index, m.result);
        feed();
      });
      w.on('error', (err) => {
        if (current >= 0) deliver(current, failed(task, paths[current]!, `internal error: ${err.message}`));
        current = -1;
      });
      w.on('exit', () => {
        running--;
        if (current >= 0) deliver(current, failed(task, paths[current]!, 'internal error: the worker stopped'));
        if (nextIn < paths.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < n; i++) start();
  });
}

/** The result for a file whose worker failed: an error the command reports like an unreadable file. */
function failed<N extends TaskName>(task: N, path: string, error: string): Result<N> {
  if (task === 'scan') return { file: { path, error, notes: [] }, problems: [] } as Result<N>;
  if (task === 'line') return { path, line: JSON.stringify({ path, error, analysed: false, notes: [], problems: [], skipped: [], findings: [] }), error, severities: [], problems: [] } as Result<N>;
  return { path, error, problems: [] } as Result<N>;
}

/** In a worker started by `mapFiles`: serve tasks and return true. On the main thread: return false. */
export function runAsWorker(): boolean {
  const init = workerData as WorkerInit | undefined;
  if (isMainThread || !parentPort || !init?.warrantLensWorker) return false;
  const ctx = new TaskContext(init.opts);
  const port = parentPort;
  port.on('message', (m: { index: number; path: string }) => {
    void tasks[init.task](m.path, ctx).then(
      (result) => port.postMessage({ index: m.index, result }),
      (err: unknown) => port.postMessage({ index: m.index, result: failed(init.task, m.path, `internal error: ${err instanceof Error ? err.message : String(err)}`) }),
    );
  });
  return true;
}

/** `--shard i/n`: keeps the paths whose stable hash falls in shard i (1-based), so shards never overlap. */
export function shardPaths(paths: readonly string[], shard: { index: number; count: number } | undefined): string[] {
  if (!shard) return [...paths];
  return paths.filter((p) => fnv(p.replace(/\\/g, '/')) % shard.count === shard.index - 1);
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
