/** CLI hardening (#9 item 5): terminal-safe output, bounded input, clean output errors, and file-system oddities. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, ftruncateSync, symlinkSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxInputBytes, readStdinInput } from '../../src/cli/files';
import { terminalSafe } from '../../src/cli/output';
import { runCli, tempFolder } from '../helpers/cli';

const clause = 'The provider may store Customer Data in any country where it operates.\n';

describe('CLI hardening', function () {
  this.timeout(60_000);
  const tmp = tempFolder();
  after(() => tmp.dispose());

  it('strips control characters and bidi overrides from paths and clause text in text output', async () => {
    const name = tmp.file('evil\x1b[31mname\u202e.md', 'The provider may store Customer Data in any country where it operates \x1b[2J\x1b]0;pwned\x07now.\n');
    const r = await runCli(['scan', '--no-color', name]);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout, /[\x00-\x08\x0b-\x1f\x7f\u202e]/);
    assert.match(r.stdout, /evil\?\[31mname\?\.md/);
    assert.match(r.stdout, /where it operates \?\[2J\?\]0;pwned\?now\./);
  });

  it('turns a newline in a file name into one visible character, so it cannot forge an output line', () => {
    assert.equal(terminalSafe('a\nwarning: forged\r'), 'a warning: forged?');
  });

  it('refuses a file larger than the input limit without reading it (a 536,870,900-byte sparse file)', async () => {
    const big = join(tmp.dir, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 536_870_900);
    closeSync(fd);
    const r = await runCli(['scan', big]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /huge\.txt: file is too large to scan \(512 MB; the limit is 64 MB\)/);
  });

  it('bounds standard input: more than the limit is refused with a clear message', async () => {
    const r = await readStdinInput(new Uint8Array(maxInputBytes + 1));
    assert.match(r.error ?? '', /standard input is larger than the limit of 64 MB/);
  });

  it('the real process stops reading standard input at the limit and exits 2 (no V8 abort)', () => {
    const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
    if (!existsSync(cli)) return void console.log('      (skipped: run npm run build first)');
    const r = spawnSync(process.execPath, [cli, 'scan', '-'], { input: Buffer.alloc(maxInputBytes + 4 * 1024 * 1024, 0x61), encoding: 'utf8', maxBuffer: 1 << 20 });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /standard input is larger than the limit/);
  });

  it('-o into a missing folder, or onto a folder, exits 2 with one clean line', async () => {
    const input = tmp.file('ok.md', clause);
    for (const [target, why] of [
      [join(tmp.dir, 'no', 'such', 'dir', 'out.json'), /its folder does not exist/],
      [tmp.dir, /it is a folder/],
    ] as const) {
      const r = await runCli(['scan', '-f', 'json', '-o', target, input]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, why);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    }
  });

  it('does not follow a symbolic link out of a scanned folder', async () => {
    const outside = tempFolder();
    try {
      outside.file('secret.md', clause);
      const folder = join(tmp.dir, 'scanned');
      mkdirSync(folder);
      symlinkSync(outside.dir, join(folder, 'up'));
      symlinkSync(join(outside.dir, 'secret.md'), join(folder, 'linked.md'));
      symlinkSync('..', join(folder, 'parent'));
      const own = join(folder, 'own.md');
      readFileSync(tmp.file('scanned/own.md', clause));
      const r = await runCli(['scan', '-f', 'json', folder]);
      const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
      assert.deepEqual(paths.map((p) => p.split(/[\\/]/).pop()), ['own.md'], `scanned ${paths.join(', ')} (own: ${own})`);
    } finally {
      outside.dispose();
    }
  });

  it('skips Word lock files ("~$name.docx") in a folder scan', async () => {
    const folder = tempFolder();
    try {
      folder.file('terms.md', clause);
      folder.file('~$terms.docx', new Uint8Array([0x0b, 0x41, 0x00, 0x6c]));
      const r = await runCli(['scan', '-f', 'json', folder.dir]);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path.split(/[\\/]/).pop()), ['terms.md']);
    } finally {
      folder.dispose();
    }
  });

  it('names a symbolic link loop, a FIFO and a too-long name for what they are', async () => {
    const loop = join(tmp.dir, 'loop.md');
    symlinkSync(loop, loop);
    const fifo = join(tmp.dir, 'pipe.md');
    const made = spawnSync('mkfifo', [fifo]);
    const long = join(tmp.dir, `${'x'.repeat(300)}.md`);
    const r = await runCli(['scan', loop, long, ...(made.status === 0 ? [fifo] : [])]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /loop\.md: a loop of symbolic links/);
    assert.match(r.stderr, /x\.md: the name is too long/);
    if (made.status === 0) assert.match(r.stderr, /pipe\.md: a named pipe \(FIFO\)/);
    assert.doesNotMatch(r.stderr, /no such file/);
  });

  it('prints a JSON (and SARIF) report even for an empty folder', async () => {
    const empty = tempFolder();
    try {
      const r = await runCli(['scan', '-f', 'json', empty.dir]);
      assert.equal(r.code, 2);
      assert.deepEqual((JSON.parse(r.stdout) as { files: unknown[] }).files, []);
      const s = await runCli(['scan', '-f', 'sarif', empty.dir]);
      assert.equal((JSON.parse(s.stdout) as { version: string }).version, '2.1.0');
    } finally {
      empty.dispose();
    }
  });
});
