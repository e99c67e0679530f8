#pragma once

#include "core/sizing/estimator.h"

#include <cstdint>
#include <optional>
#include <span>

namespace fitscope::sizing {

// Inverse questions, answered with the same engine: each varies one input and keeps the rest of the
// scenario. "Fits" means the verdict is fits or tight. Every solver relies on memory growing
// monotonically with the input it varies, which holds for every runtime profile here.

// The longest context (tokens per sequence) that fits, up to max_context; nullopt if even 1 token does not.
std::optional<std::int64_t> longestContextThatFits(const Scenario& scenario, std::int64_t max_context);

// The largest batch (concurrent sequences) at the scenario's context that fits, up to max_batch.
std::optional<std::int64_t> largestBatchThatFits(const Scenario& scenario, std::int64_t max_batch = kMaxBatch);

// The index in gpus of the GPU with the least memory that fits the scenario alone (gpu_count = 1).
std::optional<std::size_t> smallestGpuThatFits(const Scenario& scenario, std::span<const GpuSpec> gpus);

// The fewest GPUs of the scenario's model that fit it with tensor parallelism, up to max_gpus.
std::optional<std::int64_t> fewestGpusThatFit(const Scenario& scenario, std::int64_t max_gpus = 64);

// llama.cpp: the largest n_gpu_layers (0 … n_layer + 1, the output layer counted as llama.cpp counts
// it) whose GPUs fit; nullopt when not even 0 layers fit (the compute buffer alone is too big) or the
// scenario names no GPU. The layers beyond it stay in system RAM.
std::optional<std::int64_t> largestGpuLayersThatFit(const Scenario& scenario);

// llama.cpp MoE placement: the smallest --n-cpu-moe N (0 … n_layer) whose GPUs fit at the scenario's
// context, i.e. the most layers whose routed experts stay on the GPU; the scenario's -ot rules are kept
// (they come first) and --cpu-moe is cleared. nullopt without a GPU, for a model without routed experts,
// or when even every layer's experts in system RAM do not fit.
std::optional<std::int64_t> fewestCpuMoeLayersThatFit(const Scenario& scenario);

// The longest context that fits with every routed expert (and every layer) on the GPUs: --n-cpu-moe 0,
// no --cpu-moe, no -ot rules, n_gpu_layers all.
std::optional<std::int64_t> longestContextWithExpertsOnGpu(const Scenario& scenario, std::int64_t max_context);

// The most precise weight format (most bits per weight) among candidates that fits.
std::optional<WeightFormat> mostPreciseFormatThatFits(const Scenario& scenario,
                                                      std::span<const WeightFormat> candidates);
// The default candidate list: every format the engine knows.
std::span<const WeightFormat> defaultFormatCandidates();

} // namespace fitscope::sizing
