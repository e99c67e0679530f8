#!/usr/bin/env bash
# Builds the libFuzzer targets with the 'fuzz' preset (clang, ASan + UBSan) into build-fuzz and runs
# each for a bounded time. Usage: tests/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET] (default 60).
# Exits non-zero when a fuzzer finds a crash, leak, timeout or sanitizer report; the reproducer is
# left in build-fuzz/fuzz-work/<target>/artifacts/.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_gguf fuzz_safetensors fuzz_hf_config fuzz_runtime_log

status=0
for target in gguf safetensors hf_config runtime_log; do
    work="build-fuzz/fuzz-work/${target}"
    mkdir -p "${work}/corpus" "${work}/artifacts"
    dict="tests/fuzz/json.dict"
    [[ "${target}" == gguf ]] && dict="tests/fuzz/gguf.dict"
    [[ "${target}" == runtime_log ]] && dict="tests/fuzz/runtime_log.dict"
    echo "== fuzz_${target}: ${seconds} s"
    # The first corpus directory collects new inputs; the committed seeds are read only.
    if ! "build-fuzz/fuzz/fuzz_${target}" "${work}/corpus" "tests/fuzz/corpus/${target}" \
        -dict="${dict}" -max_total_time="${seconds}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="${work}/artifacts/" -print_final_stats=1 >"${work}/log.txt" 2>&1; then
        echo "!! fuzz_${target} found a problem; see ${work}/log.txt and ${work}/artifacts/"
        tail -n 40 "${work}/log.txt"
        status=1
    else
        grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "${work}/log.txt" | tail -n 2 || true
    fi
done
exit "${status}"
