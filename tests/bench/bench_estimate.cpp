// Benchmark (not a test): how many full estimates per second one core computes.
// Goal (issue #2): at least one million per second, so sweeps, solvers and heatmaps are instant.
#include "core/catalog/catalog.h"
#include "core/sizing/estimator.h"
#include "core/sizing/solver.h"

#include <chrono>
#include <cstdio>
#include <memory>

using namespace fitscope;
using namespace fitscope::sizing;

namespace {

template <typename Body>
double perSecond(int iterations, Body body) {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i) {
        body(i);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return iterations / seconds;
}

} // namespace

int main() {
    const auto& catalog = catalog::Catalog::builtIn();
    Scenario s;
    s.model = catalog.findModel("llama-2-13b")->model;
    s.gpu = std::make_shared<GpuSpec>(*catalog.findGpu("a10g"));
    s.precision.weights = WeightFormat::INT4_G128;
    volatile std::int64_t sink = 0;

    std::printf("FitScope estimate benchmark (one thread)\n");
    for (const Runtime runtime : {Runtime::Simple, Runtime::Transformers, Runtime::Vllm, Runtime::LlamaCpp}) {
        s.runtime = runtime;
        const double numbers = perSecond(2'000'000, [&](int i) {
            s.context_tokens = 256 + (i & 4095);
            sink = sink + estimate(s, Detail::NumbersOnly).total_bytes;
        });
        const double full = perSecond(200'000, [&](int i) {
            s.context_tokens = 256 + (i & 4095);
            sink = sink + estimate(s, Detail::WithDerivation).total_bytes;
        });
        std::printf("  %-13s numbers only: %6.2f M estimates/s   with derivation: %6.3f M estimates/s\n",
                    runtimeInfo(runtime).id.data(), numbers / 1e6, full / 1e6);
    }
    s.runtime = Runtime::Transformers;
    s.task = Task::FineTune;
    const double finetune = perSecond(1'000'000, [&](int i) {
        s.context_tokens = 256 + (i & 4095);
        sink = sink + estimate(s, Detail::NumbersOnly).total_bytes;
    });
    std::printf("  fine-tune     numbers only: %6.2f M estimates/s\n", finetune / 1e6);
    s.task = Task::Inference;
    s.runtime = Runtime::Simple;
    s.precision.weights = WeightFormat::Q4_K_M; // per-layer mixture: the slowest weight path
    const double mixture = perSecond(1'000'000, [&](int i) {
        s.context_tokens = 256 + (i & 4095);
        sink = sink + estimate(s, Detail::NumbersOnly).total_bytes;
    });
    std::printf("  q4_k_m mixture numbers only: %6.2f M estimates/s\n", mixture / 1e6);
    const double solves = perSecond(20'000, [&](int) { sink = sink + *longestContextThatFits(s, 4096); });
    std::printf("  longest-context solver: %.0f solves/s\n", solves);
    return sink == 42 ? 1 : 0;
}
