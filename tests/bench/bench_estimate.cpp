// Benchmark (not a test): how many full estimates per second one core computes.
// Goal (issue #2): at least one million per second, so sweeps, solvers and heatmaps are instant.
#include "core/catalog/catalog.h"
#include "core/formats/hf_config.h"
#include "core/sizing/estimator.h"
#include "core/sizing/solver.h"

#include <chrono>
#include <cstdio>
#include <memory>
#include <utility>

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

    // Per-layer models (issue 13): a 36-layer gpt-oss-120b (alternating sliding/full attention, 128
    // experts) and a 64-layer hybrid (Qwen3.5-27B: 48 Gated DeltaNet + 16 gated full-attention layers).
    const std::pair<const char*, const char*> per_layer[] = {
        {"gpt-oss-120b (36 layers)",
         R"({"model_type":"gpt_oss","vocab_size":201088,"hidden_size":2880,"intermediate_size":2880,)"
         R"("num_hidden_layers":36,"num_attention_heads":64,"num_key_value_heads":8,"head_dim":64,)"
         R"("num_local_experts":128,"num_experts_per_tok":4,"sliding_window":128})"},
        {"hybrid (64 layers)",
         R"({"model_type":"qwen3_5_text","vocab_size":248320,"hidden_size":5120,"intermediate_size":17408,)"
         R"("num_hidden_layers":64,"num_attention_heads":24,"num_key_value_heads":4,"head_dim":256,)"
         R"("linear_num_key_heads":16,"linear_num_value_heads":48,"linear_key_head_dim":128,)"
         R"("linear_value_head_dim":128,"linear_conv_kernel_dim":4,"full_attention_interval":4})"},
    };
    for (const auto& [name, config] : per_layer) {
        Scenario p;
        p.model = prepareModel(formats::parseHfConfig(config));
        p.gpu = std::make_shared<GpuSpec>(*catalog.findGpu("h100-80gb"));
        p.precision.weights = WeightFormat::FP8_E4M3;
        for (const Runtime runtime : {Runtime::Simple, Runtime::Transformers, Runtime::Vllm, Runtime::LlamaCpp}) {
            p.runtime = runtime;
            p.precision.weights = runtime == Runtime::LlamaCpp ? WeightFormat::Q4_K_M : WeightFormat::FP8_E4M3;
            const double numbers = perSecond(1'000'000, [&](int i) {
                p.context_tokens = 1024 + (i & 65535);
                sink = sink + estimate(p, Detail::NumbersOnly).total_bytes;
            });
            std::printf("  %-24s %-13s numbers only: %6.2f M estimates/s\n", name, runtimeInfo(runtime).id.data(),
                        numbers / 1e6);
        }
    }
    return sink == 42 ? 1 : 0;
}
