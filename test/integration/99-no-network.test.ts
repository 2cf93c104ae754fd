// Runs last: the guard's log then covers activation and everything the suite did before.
import * as assert from 'assert';
import * as dgram from 'dgram';
import * as dns from 'dns';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as net from 'net';
import * as vscode from 'vscode';
import { bridge, openFixture, waitFor, type WebviewSnapshot } from './helpers';

interface NetRecord { pid: number; role: string; api: string; target: string; stack: string }
declare global { var __warrantNetGuard: { file: string; pid: number; role: string } | undefined }

function records(file: string): NetRecord[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as NetRecord);
}

function fails(p: Promise<unknown>): Promise<string> {
  return p.then(() => 'succeeded', (e: Error) => e.message);
}

suite('no network', () => {
  test('activation, a workspace scan and the panel make no connection outside loopback', async function () {
    const guard = globalThis.__warrantNetGuard;
    if (!guard) {
      assert.ok(!process.env.WARRANT_NETLOG, 'the network guard must be loaded when the runner asks for it');
      this.skip(); // desktop run: no guard
    }
    assert.strictEqual(guard.pid, process.pid, 'the guard runs in this extension host');

    // exercise the extension again (the earlier tests did too): scan, analyse, panel
    await vscode.commands.executeCommand('warrantLens.scanWorkspace');
    const { doc, api } = await openFixture('contracts/basic-contract.md');
    await api.analyzeNow(doc.uri);
    await vscode.commands.executeCommand('warrantLens.openPanel');
    await waitFor(async () => {
      const s = await bridge<WebviewSnapshot>('/webview');
      return s === undefined || (s.found && s.text.includes('basic-contract.md'));
    }, 'the panel to show the document', 30000);
    await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(4, 10));

    const ours = records(guard.file).filter((r) => r.pid === process.pid);
    assert.deepStrictEqual(ours.map((r) => `${r.api} ${r.target}\n${r.stack}`), [], 'no non-loopback connection or DNS query from the extension host');

    // The guard really sees every route out of this process: each probe is recorded and refused.
    const probes: [string, Promise<unknown>][] = [
      ['192.0.2.10:9', new Promise((res, rej) => net.connect({ host: '192.0.2.10', port: 9 }, () => res(undefined)).on('error', rej))],
      ['192.0.2.11:80', new Promise((res, rej) => http.get('http://192.0.2.11/', res).on('error', rej))],
      ['probe-https.invalid:443', new Promise((res, rej) => https.get('https://probe-https.invalid/', res).on('error', rej))],
      ['192.0.2.12:80', fetch('http://192.0.2.12/')],
      ['probe-dns.invalid', dns.promises.lookup('probe-dns.invalid')],
      ['192.0.2.13:53', new Promise((res, rej) => dgram.createSocket('udp4').send('x', 53, '192.0.2.13', (e) => (e ? rej(e) : res(undefined))))],
    ];
    for (const [target, p] of probes) assert.notStrictEqual(await fails(p), 'succeeded', `probe ${target} must fail`);
    const seen = records(guard.file).filter((r) => r.pid === process.pid).map((r) => r.target);
    for (const [target] of probes) assert.ok(seen.includes(target), `the guard recorded the probe ${target}; saw ${seen.join(', ')}`);
    // loopback stays open (the bridge, or a local listener)
    const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as net.AddressInfo).port;
    assert.strictEqual(await fails(new Promise((res, rej) => net.connect({ host: '127.0.0.1', port }, () => res(undefined)).on('error', rej))), 'succeeded');
    server.close();
  });
});
