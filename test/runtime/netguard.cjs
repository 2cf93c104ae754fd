// Network guard, preloaded with `node --require` into the VS Code server. The server passes its
// execArgv to the processes it forks, so the extension host loads this before any extension code.
//
// Every outgoing connection attempt to a non-loopback address (TCP, TLS, HTTP(S), fetch/undici,
// HTTP/2, UDP) and every DNS query for a non-loopback name is recorded as one JSON line in
// $WARRANT_NETLOG and then refused, so nothing can leave the machine during a test either way.
// Each record carries the process role (server / extensionHost / ...), pid, API and stack.
//
// The extension host also gets `globalThis.__warrantNetGuard = { file, pid, role }` so the tests can
// check the guard is really loaded in their process.
'use strict';
const fs = require('fs');
const net = require('net');
const dgram = require('dgram');
const dns = require('dns');

const logFile = process.env.WARRANT_NETLOG;
const typeArg = process.argv.find((a) => a.startsWith('--type='));
const role = typeArg ? typeArg.slice('--type='.length) : 'server';

function isLoopbackHost(host) {
  if (host === undefined || host === null || host === '') { return true; } // Node's default is localhost
  const h = String(host).toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1' ||
    /^::ffff:127\./.test(h) || h === '0:0:0:0:0:0:0:1';
}

function record(api, target) {
  const entry = { time: new Date().toISOString(), pid: process.pid, role, api, target,
    stack: new Error().stack.split('\n').slice(2, 40).join('\n') };
  if (logFile) {
    try { fs.appendFileSync(logFile, JSON.stringify(entry) + '\n'); } catch { /* never break the host */ }
  }
}

function refused(target) {
  const err = new Error(`connect ECONNREFUSED ${target} (blocked by the Warrant Lens test network guard)`);
  err.code = 'ECONNREFUSED';
  return err;
}

// net.Socket#connect is what net.connect, tls.connect, http(s) agents, undici (fetch) and http2 end in.
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  let opts = args[0];
  if (Array.isArray(opts)) { opts = opts[0]; } // internal normalized form [options, cb]
  let host, port, pathName;
  if (opts && typeof opts === 'object') {
    ({ host, port } = opts);
    pathName = opts.path;
  } else if (typeof opts === 'string' && !/^\d+$/.test(opts)) {
    pathName = opts; // IPC / unix socket
  } else {
    port = opts;
    host = typeof args[1] === 'string' ? args[1] : undefined;
  }
  if (!pathName && !isLoopbackHost(host)) {
    const target = `${host}:${port}`;
    record('net.Socket.connect', target);
    const socket = this;
    process.nextTick(() => socket.destroy(refused(target)));
    return socket;
  }
  return origConnect.apply(this, args);
};

// UDP
for (const method of ['send', 'connect']) {
  const orig = dgram.Socket.prototype[method];
  dgram.Socket.prototype[method] = function guardedUdp(...args) {
    const nums = args.filter((a) => typeof a === 'number');
    const host = args.find((a, i) => i > 0 && typeof a === 'string');
    const port = method === 'connect' ? args[0] : nums[nums.length - 1];
    if (!isLoopbackHost(host)) {
      record(`dgram.Socket.${method}`, `${host}:${port}`);
      const cb = args.find((a) => typeof a === 'function');
      if (cb) { process.nextTick(cb, refused(`${host}:${port}`)); }
      return undefined;
    }
    return orig.apply(this, args);
  };
}

// DNS: a query for an outside name already leaves the machine.
function guardDns(mod, name, isPromise) {
  const orig = mod[name];
  if (typeof orig !== 'function') { return; }
  mod[name] = function guardedDns(hostname, ...rest) {
    if (typeof hostname === 'string' && !isLoopbackHost(hostname) && net.isIP(hostname) === 0) {
      record(`dns.${isPromise ? 'promises.' : ''}${name}`, hostname);
      const err = new Error(`getaddrinfo ENOTFOUND ${hostname} (blocked by the Warrant Lens test network guard)`);
      err.code = 'ENOTFOUND';
      if (isPromise) { return Promise.reject(err); }
      const cb = rest.find((a) => typeof a === 'function');
      if (cb) { process.nextTick(cb, err); }
      return {};
    }
    return orig.call(this, hostname, ...rest);
  };
}
for (const n of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs']) {
  guardDns(dns, n, false);
  guardDns(dns.promises, n, true);
}

if (role === 'extensionHost') {
  globalThis.__warrantNetGuard = { file: logFile, pid: process.pid, role };
}
