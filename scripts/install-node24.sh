#!/usr/bin/env bash
# Installs Node.js 24 for the Vaadin frontend build, from the npm registry only (the machines here
# cannot download Node from its own site): the npm package node-linux-<arch> ships the node binary.
#
# Usage: scripts/install-node24.sh [DIR]     (DIR defaults to $ONTOUR_NODE_DIR or ~/.cache/ontour-node24)
#        export PATH="$(scripts/install-node24.sh):$PATH"
#
# Prints exactly one line on stdout: the bin directory to put first on PATH. Progress goes to stderr.
# Safe to run again: an existing install of the right version is kept.
#
# Vaadin accepts a Node.js found on PATH only when ../lib/node_modules/npm/bin/npm-cli.js exists
# beside its bin directory. The npm package has no npm inside, so that directory becomes a link to
# the system npm (npm 11 runs on Node 24).
set -euo pipefail

NODE_VERSION="${ONTOUR_NODE_VERSION:-24.17.0}"
DIR="${1:-${ONTOUR_NODE_DIR:-$HOME/.cache/ontour-node24}}"

say() { printf '[install-node24] %s\n' "$*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

case "$(uname -s)" in
  Linux) ;;
  *) fail "only Linux is supported (found $(uname -s)); install Node.js ${NODE_VERSION%%.*} yourself" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) fail "unsupported CPU architecture $(uname -m)" ;;
esac
package="node-linux-${arch}"

command -v npm >/dev/null 2>&1 || fail "npm is not installed (Debian: apt-get install -y npm)"

mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd -P)"
home="$DIR/node_modules/$package"
bin="$home/bin"

# The system npm's own module directory (the one holding bin/npm-cli.js), never one inside DIR:
# with this script's Node first on PATH, `npm root -g` would answer DIR's own lib/node_modules.
system_npm_dir() {
  local candidate real
  local -a candidates=()
  local npm_path
  npm_path="$(command -v npm)"
  candidates+=("$(dirname "$(readlink -f "$npm_path")")/..")
  candidates+=("$(npm root -g 2>/dev/null || true)/npm")
  candidates+=(/usr/lib/node_modules/npm /usr/local/lib/node_modules/npm /usr/share/nodejs/npm)
  for candidate in "${candidates[@]}"; do
    [[ -f "$candidate/bin/npm-cli.js" ]] || continue
    real="$(readlink -f "$candidate")"
    case "$real/" in
      "$DIR"/*) continue ;;
    esac
    printf '%s\n' "$real"
    return 0
  done
  return 1
}

installed_version() {
  if [[ -x "$bin/node" ]]; then
    "$bin/node" --version 2>/dev/null || true
  fi
}

if [[ "$(installed_version)" == "v$NODE_VERSION" ]]; then
  say "Node.js v$NODE_VERSION already installed in $home"
else
  say "installing $package@$NODE_VERSION into $DIR (npm registry)"
  npm install --prefix "$DIR" --no-audit --no-fund --loglevel=error "$package@$NODE_VERSION" >&2
  actual="$(installed_version)"
  [[ "$actual" == "v$NODE_VERSION" ]] || fail "expected node v$NODE_VERSION in $bin, found '${actual:-nothing}'"
fi

npm_dir="$(system_npm_dir)" || fail "cannot find the system npm's module directory (with bin/npm-cli.js)"
link="$home/lib/node_modules/npm"
mkdir -p "$home/lib/node_modules"
if [[ -L "$link" || ! -e "$link" ]]; then
  ln -sfn "$npm_dir" "$link"
fi
[[ -f "$link/bin/npm-cli.js" ]] || fail "$link/bin/npm-cli.js is missing"

npm_version="$("$bin/node" "$link/bin/npm-cli.js" --version 2>/dev/null)" \
  || fail "the system npm ($npm_dir) does not run on Node.js v$NODE_VERSION"
say "Node.js $("$bin/node" --version) with npm $npm_version (linked from $npm_dir)"
say "put it first on PATH: export PATH=\"$bin:\$PATH\""
printf '%s\n' "$bin"
