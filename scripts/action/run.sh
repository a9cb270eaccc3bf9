#!/usr/bin/env bash
# The run step of action.yml: install kolops from the action's own checkout, then
# `kolops check --format github` in the working directory, exiting with kolops's code.
#
# Every input arrives in an environment variable (action.yml's `env:`), never pasted into
# this script, so a path or argument can hold quotes, `$(…)` or `;` without being run.
#
#   KOLOPS_PATHS              files and folders, split on whitespace and newlines; quote a
#                             name with spaces ("KOL Listing.xlsx") as in a shell, no $ or globs
#   KOLOPS_CONFIG             --config FILE, when not empty
#   KOLOPS_BASELINE           --baseline FILE, when not empty
#   KOLOPS_CONTEXT            one path per line, each passed as --context=PATH
#   KOLOPS_ARGS               more arguments, split and quoted like KOLOPS_PATHS
#   KOLOPS_NODE_VERSION       the node-version input, only named when Node is too old
#   KOLOPS_WORKING_DIRECTORY  where kolops runs (relative to the step's directory)
#
#   KOLOPS_DRY_RUN=1              print the command, one argument per line, and exit 0
#   KOLOPS_ACTION_SKIP_INSTALL=1  use the checkout as it is (already built)
#
# Exit codes: kolops's own (0, 1, 2); 2 when the action cannot set kolops up.
set -uo pipefail

action_path="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"

fail() {
  echo "::error title=kolops action::$1"
  exit 2
}

# Split like a shell's words, quotes included, but with nothing evaluated: xargs does the
# quote parsing and hands each word back NUL-terminated.
split_words() {
  local text="$1" word
  words=()
  [[ "$text" =~ [^[:space:]] ]] || return 0
  local parsed
  parsed="$(mktemp)" || fail "cannot create a temporary file"
  if ! printf '%s\n' "$text" | xargs printf '%s\0' > "$parsed"; then
    rm -f "$parsed"
    fail "cannot split \"$2\" into words (an unmatched quote?): $text"
  fi
  while IFS= read -r -d '' word; do words+=("$word"); done < "$parsed"
  rm -f "$parsed"
}

trim() {
  local s="$1"
  s="${s#"${s%%[![:space:]]*}"}"
  printf '%s' "${s%"${s##*[![:space:]]}"}"
}

cmd=(node "$action_path/bin/kolops.js" check --format github)
config="$(trim "${KOLOPS_CONFIG:-}")"
[ -n "$config" ] && cmd+=(--config "$config")
baseline="$(trim "${KOLOPS_BASELINE:-}")"
[ -n "$baseline" ] && cmd+=(--baseline "$baseline")
while IFS= read -r line || [ -n "$line" ]; do
  line="$(trim "$line")"
  [ -n "$line" ] && cmd+=("--context=$line")
done <<< "${KOLOPS_CONTEXT:-}"
split_words "${KOLOPS_PATHS:-.}" paths
[ ${#words[@]} -gt 0 ] && cmd+=("${words[@]}")
split_words "${KOLOPS_ARGS:-}" args
[ ${#words[@]} -gt 0 ] && cmd+=("${words[@]}")

workdir="${KOLOPS_WORKING_DIRECTORY:-.}"
cd -- "$workdir" 2>/dev/null || fail "working-directory does not exist: $workdir"

if [ "${KOLOPS_DRY_RUN:-}" = 1 ]; then
  printf '%s\n' "${cmd[@]}"
  exit 0
fi

command -v node >/dev/null 2>&1 || fail "node is not on PATH (does the setup-node step run before this one?)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] 2>/dev/null \
  || fail "kolops needs Node.js 20 or later; this step has $(node --version) (node-version input: ${KOLOPS_NODE_VERSION:-unset})"

# `npm ci` installs the locked dependencies and its `prepare` script compiles dist/. The
# marker lives in node_modules, which npm ci deletes and recreates: a second use of the
# action in the same job (same Node) skips the install, a half-finished one never does.
marker="$action_path/node_modules/.kolops-action-installed"
if [ "${KOLOPS_ACTION_SKIP_INSTALL:-}" != 1 ] && [ "$(cat "$marker" 2>/dev/null)" != "$(node --version)" ]; then
  echo "::group::Install kolops ($action_path)"
  (cd "$action_path" && npm ci --no-audit --no-fund) || fail "npm ci failed in $action_path"
  node --version > "$marker"
  echo "::endgroup::"
fi
[ -f "$action_path/dist/cli/main.js" ] || fail "kolops is not built: $action_path/dist/cli/main.js is missing"

"${cmd[@]}"
exit $?
