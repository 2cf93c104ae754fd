#!/usr/bin/env bash
# Installs the runtime Warrant Lens's integration, e2e and demo runs need, using only Debian apt and
# the npm registry (no GitHub, nodejs.org or update.code.visualstudio.com):
#   - Debian packages: chromium (driven by playwright-core), ripgrep (seeds @vscode/ripgrep),
#     libkrb5-dev + a C++ toolchain (kerberos and the other native modules of the VS Code server);
#   - code-server@4.100.3 from npm (the real VS Code 1.100.3 server + web workbench + Node extension
#     host) into $VSCRT_DIR (default /opt/vscode-runtime).
# Idempotent: when everything is present it exits in well under a second.
#
# Env: CODE_SERVER_VERSION (default 4.100.3; its engines.node must match the system Node major),
#      VSCRT_DIR (default /opt/vscode-runtime).
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
VSCRT_DIR="${VSCRT_DIR:-/opt/vscode-runtime}"
APT_PKGS=(chromium ripgrep libkrb5-dev build-essential python3 pkg-config)
say() { printf '[setup-vscode-runtime %s] %s\n' "$(date +%T)" "$*"; }
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

# -- 1. Debian packages -----------------------------------------------------------------------------
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v chromium >/dev/null || { echo "chromium is missing after apt-get" >&2; exit 1; }
command -v rg >/dev/null || { echo "rg is missing after apt-get" >&2; exit 1; }

# -- 2. code-server (the VS Code server) -------------------------------------------------------------
marker="$VSCRT_DIR/.installed-code-server-$CODE_SERVER_VERSION"
server_main="$VSCRT_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
if [ -f "$marker" ] && [ -f "$server_main" ]; then
  say "code-server $CODE_SERVER_VERSION already installed in $VSCRT_DIR"
  exit 0
fi

want=$(npm view "code-server@$CODE_SERVER_VERSION" engines.node | grep -o '[0-9]\+' | head -1)
have=$(node -p 'process.versions.node.split(".")[0]')
if [ "$want" != "$have" ]; then
  echo "code-server $CODE_SERVER_VERSION wants Node $want but the system Node is $have." >&2
  echo "Use CODE_SERVER_VERSION=4.100.3 with Node 20 (the version this project pins)." >&2
  exit 1
fi
NODE_BIN_DIR=$(dirname "$(node -p process.execPath)")
NODEDIR=$(node -p 'require("path").resolve(process.execPath, "../..")')
# node-gyp cannot download headers offline: the nodesource deb ships them under /usr/include/node
[ -f "$NODEDIR/include/node/node_api.h" ] || { echo "no Node headers in $NODEDIR/include/node (node-gyp needs them offline)" >&2; exit 1; }

$SUDO mkdir -p "$VSCRT_DIR"
[ -w "$VSCRT_DIR" ] || $SUDO chown "$(id -u):$(id -g)" "$VSCRT_DIR"
cd "$VSCRT_DIR"
[ -f package.json ] || echo '{ "name": "warrant-lens-vscode-runtime", "private": true }' > package.json

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tmp" "$WORK/rgbin"

# @vscode/ripgrep's postinstall downloads rg from GitHub unless
# $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<rg version>-<target>.tar.gz exists: seed that
# cache with Debian's rg for every @vscode/ripgrep version code-server's lockfiles pin.
say "reading code-server $CODE_SERVER_VERSION lockfiles"
(cd "$WORK" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null &&
  tar xzf code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json package/lib/vscode/extensions/npm-shrinkwrap.json)
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
rg_pkg_versions=$(node -e '
  const seen = new Set();
  for (const f of process.argv.slice(1))
    for (const [k, v] of Object.entries(require(f).packages || {}))
      if (/node_modules\/@vscode\/ripgrep$/.test(k)) seen.add(v.version);
  console.log([...seen].join(" "));' \
  "$WORK/package/lib/vscode/npm-shrinkwrap.json" "$WORK/package/lib/vscode/extensions/npm-shrinkwrap.json")
cp "$(command -v rg)" "$WORK/rgbin/rg"
for v in $rg_pkg_versions; do
  mkdir -p "$WORK/rg-$v"
  (cd "$WORK" && npm pack --silent "@vscode/ripgrep@$v" >/dev/null && tar xzf "vscode-ripgrep-$v.tgz" -C "rg-$v")
  rg_version=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$WORK/rg-$v/package/lib/postinstall.js")
  [ -n "$rg_version" ] || { echo "could not read the ripgrep VERSION of @vscode/ripgrep@$v" >&2; exit 1; }
  mkdir -p "$WORK/tmp/vscode-ripgrep-cache-$v"
  tar czf "$WORK/tmp/vscode-ripgrep-cache-$v/ripgrep-$rg_version-$rg_target.tar.gz" -C "$WORK/rgbin" rg
  say "seeded the @vscode/ripgrep@$v download cache ($rg_version) with $(command -v rg)"
done

# npm_config_nodedir: local headers for node-gyp; npm_config_yes: node-pty's postinstall runs
# `npx node-gyp`, which aborts when it cannot prompt; npm_config_unsafe_perm: code-server's
# postinstall.sh refuses to run as root without it.
say "npm install code-server@$CODE_SERVER_VERSION (compiles native modules; ~40 s)"
t0=$(date +%s)
if ! PATH="$NODE_BIN_DIR:$PATH" TMPDIR="$WORK/tmp" npm_config_nodedir="$NODEDIR" npm_config_yes=true \
  npm_config_unsafe_perm=true \
  npm install --save-exact --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
  > "$VSCRT_DIR/install.log" 2>&1; then
  tail -40 "$VSCRT_DIR/install.log" >&2
  echo "npm install failed; full log: $VSCRT_DIR/install.log" >&2
  exit 1
fi
say "npm install took $(( $(date +%s) - t0 )) s"

# -- 3. verify ---------------------------------------------------------------------------------------
VS="$VSCRT_DIR/node_modules/code-server/lib/vscode"
[ -f "$server_main" ] || { echo "missing $server_main" >&2; exit 1; }
node -e 'for (const m of ["node-pty", "@vscode/spdlog"]) require(process.argv[1] + "/node_modules/" + m);' "$VS"
if [ -d "$VS/node_modules/@vscode/ripgrep" ]; then
  "$VS/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null
fi
XDG_DATA_HOME="$WORK/xdg" XDG_CONFIG_HOME="$WORK/xdg" node "$VSCRT_DIR/node_modules/code-server/out/node/entry.js" \
  --config "$WORK/config.yaml" --version
printf 'code-server %s\nnode %s\n' "$CODE_SERVER_VERSION" "$(node -v)" > "$marker"
say "done: $VSCRT_DIR ($(du -sh "$VSCRT_DIR" | cut -f1))"
