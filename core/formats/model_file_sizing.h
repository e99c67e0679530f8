#pragma once

#include "core/formats/model_file.h"
#include "core/sizing/prepared_model.h"

#include <memory>
#include <optional>

namespace fitscope::formats {

// The engine's weight format for what a file stores ("Q4_K_M" → q4_k_m, "BF16" → bf16,
// "GPTQ 4-bit, group 128" → gptq-int4-g128); nullopt when no format of the engine matches.
std::optional<sizing::WeightFormat> weightFormatOf(const ModelFileInfo& info);

// Every tensor's exact bytes, split into embeddings, layers, norms and output head: what the runtime holds,
// so a GGUF's MTP blocks (stored, never loaded by llama.cpp) are left out.
sizing::WeightBreakdown storedWeights(const ModelFileInfo& info);

// A prepared model that sizes its weights from the file while the plan keeps the file's format.
// Throws FormatError when the file does not describe an architecture (info.spec_note says why).
std::shared_ptr<const sizing::PreparedModel> prepareModelFromFile(const ModelFileInfo& info);

} // namespace fitscope::formats
