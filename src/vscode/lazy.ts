/** Loads the engine (core + presenters) on first use, so activation does not pay for the NLP library. */
import type * as Engine from './engine';
import type * as Word from './word';

let loaded: typeof Engine | undefined;
let wordLoaded: typeof Word | undefined;

/**
 * The engine module. A `require`, not an `import`: esbuild wraps a required module in a lazy
 * initialiser, so the rule tables and the NLP library are evaluated on the first analysis instead
 * of inside `activate()` (keep every other import of `../core` and heavy presenters type-only).
 */
export function engine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading is the point
  loaded ??= require('./engine') as typeof Engine;
  return loaded;
}

/** True once the engine has been loaded (for the activation-time log line). */
export function engineLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * The Word writer (`dist/word.js` beside the extension), or undefined where it cannot be loaded: the
 * browser build leaves it out, since a web worker cannot require a sibling module.
 */
export function word(): typeof Word | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy loading is the point
    wordLoaded ??= require('./word') as typeof Word;
  } catch {
    return undefined;
  }
  return wordLoaded;
}
