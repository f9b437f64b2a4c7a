#!/usr/bin/env bash
# Installs the tools the test suite drives for real, so `npm test` passes on a fresh Debian
# machine that has only node, npm and git. npm runs it before the tests (`pretest`).
#
#   docker-registry  the registry hash-tag checks and pushes to (127.0.0.1 only)
#   buildah, skopeo  real image builds: what BuildKit-compatible builders put in an image
#   openssl          the registry's token-auth certificate
#   tar, zstd        the Actions cache archive format
#   golang-go, golang-github-moby-patternmatcher-dev
#                    the real .dockerignore matcher, built by the differential test
#
# Set LOCKSTEP_SKIP_TEST_TOOLS=1 to skip (the tests that need a missing tool then fail, naming it).
set -euo pipefail

[ "${LOCKSTEP_SKIP_TEST_TOOLS:-}" = "1" ] && exit 0

need=()
for pair in docker-registry:docker-registry buildah:buildah skopeo:skopeo openssl:openssl tar:tar zstd:zstd go:golang-go; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
[ -d /usr/share/gocode/src/github.com/moby/patternmatcher ] || need+=(golang-github-moby-patternmatcher-dev)
[ "${#need[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "test tools missing: ${need[*]} (Debian package names); install them, or run the suite on Debian" >&2
  exit 1
fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "test tools missing: ${need[*]}; installing them needs root (sudo is not available)" >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi
echo "installing the test tools: ${need[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
