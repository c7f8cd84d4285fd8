#!/usr/bin/env bash
# Mutation testing of the live-session core (not run by CI: it takes a while).
# Usage: bash tools/mutation.sh [FILE ...]   (default: core/history.py core/rules.py core/commands.py)
# Works in a throw-away clone, so the work tree is never touched; prints mutmut's results and the
# kill rate. Needs the test venv (bash tools/test.sh once) and installs mutmut into it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv"
"$venv/bin/python" -m pip install -q "mutmut>=3.3" >/dev/null
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(core/history.py core/rules.py core/commands.py)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work")
cd "$work"
# mutmut copies what it mutates: give it the whole package, and keep every other file unmutated.
{
  echo
  echo "[tool.mutmut]"
  echo 'paths_to_mutate = ["src/codev_app/"]'
  echo 'tests_dir = ["tests/core/", "tests/export/"]'
  echo 'also_copy = ["resources", "tests", "docs"]'
  echo 'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]'
  printf 'do_not_mutate = ['
  find src/codev_app -name '*.py' | sort | while read -r path; do
    keep=0
    for file in "${files[@]}"; do [ "$path" = "src/codev_app/$file" ] && keep=1; done
    [ $keep = 1 ] || printf '"%s", ' "$path"
  done
  echo ']'
} >> pyproject.toml
export QT_QPA_PLATFORM=offscreen QT_API=pyside6
"$venv/bin/mutmut" run --max-children "${MUTMUT_CHILDREN:-2}" > run.log 2>&1 || { tail -40 run.log; exit 1; }
"$venv/bin/mutmut" results > results.txt 2>&1 || true
"$venv/bin/python" - results.txt <<'PY'
import re, sys
text = open(sys.argv[1]).read()
counts = {}
for status in re.findall(r": (\w[\w ]*)$", text, re.M):
    counts[status] = counts.get(status, 0) + 1
print(text)
killed = counts.get("killed", 0)
total = sum(counts.values())
print("counts:", counts)
# mutmut lists survivors (and other non-killed states); the kill rate comes from its stats.
PY
"$venv/bin/mutmut" export-cicd-stats >/dev/null 2>&1 || true
[ -f mutants/mutmut-cicd-stats.json ] && cat mutants/mutmut-cicd-stats.json
