// fitscope-cli inspect PATH: what a model file or folder holds, from its headers only.
#include "cli_common.h"
#include "core/formats/hf_config.h"
#include "core/formats/model_file.h"
#include "hub_source.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

namespace fitscope::cli {

namespace {

using formats::ModelFileInfo;

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) {
        text.resize(width, ' ');
    }
    return text + " ";
}

std::string padLeft(const std::string& text, std::size_t width) {
    return (text.size() < width ? std::string(width - text.size(), ' ') + text : text) + " ";
}

// Bytes with thousands separators (exact) and GB, so the table shows both the exact figure and a
// readable one.
std::string bytesText(std::int64_t bytes) {
    char gb[32];
    std::snprintf(gb, sizeof gb, "%.3f GB", static_cast<double>(bytes) / 1e9);
    return std::to_string(bytes) + " (" + gb + ")";
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        text += (i ? ", " : "") + std::to_string(shape[i]);
    }
    return text + "]";
}

nlohmann::json specJson(const sizing::ModelSpec& s) {
    nlohmann::json j = {
        {"id", s.id},
        {"display_name", s.display_name},
        {"model_type", s.model_type},
        {"vocab_size", s.vocab_size},
        {"hidden_size", s.hidden_size},
        {"num_layers", s.num_layers},
        {"num_heads", s.num_heads},
        {"num_kv_heads", s.num_kv_heads},
        {"head_dim", s.head_dim},
        {"intermediate_size", s.intermediate_size},
        {"mlp", s.mlp_kind == sizing::MlpKind::Gated ? "gated" : "plain"},
        {"norm", s.norm_kind == sizing::NormKind::RmsNorm ? "rmsnorm" : "layernorm"},
        {"max_positions", s.max_positions},
        {"tied_embeddings", s.tied_embeddings},
    };
    if (s.moe.enabled()) {
        j["moe"] = {{"num_experts", s.moe.num_experts},
                    {"experts_per_token", s.moe.experts_per_token},
                    {"expert_intermediate_size", s.moe.expert_intermediate_size},
                    {"shared_experts", s.moe.shared_experts},
                    {"shared_intermediate_size", s.moe.shared_intermediate_size},
                    {"first_dense_layers", s.moe.first_dense_layers}};
    }
    if (s.mla.enabled()) {
        j["mla"] = {{"q_lora_rank", s.mla.q_lora_rank},
                    {"kv_lora_rank", s.mla.kv_lora_rank},
                    {"qk_nope_head_dim", s.mla.qk_nope_head_dim},
                    {"qk_rope_head_dim", s.mla.qk_rope_head_dim},
                    {"v_head_dim", s.mla.v_head_dim}};
    }
    if (s.sliding_window.enabled()) {
        j["sliding_window"] = {{"window_tokens", s.sliding_window.window_tokens},
                               {"period", s.sliding_window.period},
                               {"sliding_per_period", s.sliding_window.sliding_per_period}};
    }
    return j;
}

nlohmann::json toJson(const ModelFileInfo& info, bool with_tensors) {
    nlohmann::json j;
    j["path"] = info.path.string();
    j["format"] = formats::modelFileFormatName(info.format);
    j["files"] = nlohmann::json::array();
    for (const auto& file : info.files) {
        j["files"].push_back(file.string());
    }
    j["file_bytes"] = info.file_bytes;
    j["spec"] = info.spec ? specJson(*info.spec) : nlohmann::json(nullptr);
    j["spec_note"] = info.spec_note;
    j["weight_bytes"] = info.weight_bytes;
    j["tensor_count"] = info.tensors.size();
    j["tensor_parameters"] = info.tensor_parameters;
    j["formula_parameters"] = info.formula_parameters;
    j["parameters_mismatch"] = info.parameters_mismatch;
    j["parameters_note"] = info.parameters_note;
    j["quantization"] = info.quantization;
    j["context_length"] = info.context_length;
    j["kv_heads_per_layer"] = info.kv_heads_per_layer;
    j["properties"] = nlohmann::json::object();
    for (const auto& [key, value] : info.properties) {
        j["properties"][key] = value;
    }
    j["metadata"] = nlohmann::json::object();
    for (const auto& [key, value] : info.metadata) {
        j["metadata"][key] = value;
    }
    j["types"] = nlohmann::json::array();
    for (const auto& t : info.types) {
        j["types"].push_back(
            {{"dtype", t.dtype}, {"tensors", t.tensors}, {"elements", t.elements}, {"bytes", t.bytes}});
    }
    j["groups"] = nlohmann::json::array();
    for (const auto& g : info.groups) {
        j["groups"].push_back(
            {{"group", g.group}, {"tensors", g.tensors}, {"parameters", g.parameters}, {"bytes", g.bytes}});
    }
    if (with_tensors) {
        j["tensors"] = nlohmann::json::array();
        for (const auto& t : info.tensors) {
            j["tensors"].push_back({{"name", t.name},
                                    {"dtype", t.dtype},
                                    {"shape", t.shape},
                                    {"elements", t.elements},
                                    {"parameters", t.parameters},
                                    {"bytes", t.bytes},
                                    {"group", t.group},
                                    {"file", t.file_index}});
        }
    }
    j["warnings"] = info.warnings;
    return j;
}

std::string toTable(const ModelFileInfo& info, bool with_tensors, bool with_metadata) {
    std::string out;
    out += pad("path", 22) + info.path.string() + "\n";
    // The format (with its version) comes first among the properties.
    out += pad("files", 22) + std::to_string(info.files.size()) + ", " + bytesText(info.file_bytes) + "\n";
    for (const auto& [key, value] : info.properties) {
        out += pad(key, 22) + value + "\n";
    }
    out += pad("tensors", 22) + std::to_string(info.tensors.size()) + "\n";
    out += pad("weight bytes", 22) + bytesText(info.weight_bytes) + "\n";
    out += pad("parameters (tensors)", 22) + std::to_string(info.tensor_parameters) + "\n";
    if (info.spec) {
        out += pad("parameters (formula)", 22) + std::to_string(info.formula_parameters) + "\n";
    } else {
        out += pad("architecture", 22) + "unknown: " + info.spec_note + "\n";
    }
    if (!info.parameters_note.empty()) {
        out += pad("", 22) + info.parameters_note + "\n";
    }
    for (const std::string& warning : info.warnings) {
        out += pad("warning", 22) + warning + "\n";
    }
    if (!info.types.empty()) {
        out += "\n" + pad("type", 10) + padLeft("tensors", 8) + padLeft("bytes", 16) + padLeft("share", 7) + "\n";
        for (const auto& t : info.types) {
            char share[16];
            std::snprintf(share, sizeof share, "%.1f%%",
                          info.weight_bytes > 0
                              ? 100.0 * static_cast<double>(t.bytes) / static_cast<double>(info.weight_bytes)
                              : 0.0);
            out += pad(t.dtype, 10) + padLeft(std::to_string(t.tensors), 8) + padLeft(std::to_string(t.bytes), 16) +
                   padLeft(share, 7) + "\n";
        }
        out +=
            "\n" + pad("group", 16) + padLeft("tensors", 8) + padLeft("parameters", 16) + padLeft("bytes", 16) + "\n";
        for (const auto& g : info.groups) {
            out += pad(g.group, 16) + padLeft(std::to_string(g.tensors), 8) +
                   padLeft(std::to_string(g.parameters), 16) + padLeft(std::to_string(g.bytes), 16) + "\n";
        }
    }
    if (with_tensors && !info.tensors.empty()) {
        out += "\n" + pad("tensor", 48) + pad("type", 8) + pad("shape", 24) + padLeft("bytes", 14) + "\n";
        for (const auto& t : info.tensors) {
            out += pad(t.name, 48) + pad(t.dtype, 8) + pad(shapeText(t.shape), 24) +
                   padLeft(std::to_string(t.bytes), 14) + "\n";
        }
    }
    if (with_metadata && !info.metadata.empty()) {
        out += "\nmetadata\n";
        for (const auto& [key, value] : info.metadata) {
            out += "  " + pad(key, 44) + value + "\n";
        }
    }
    return out;
}

} // namespace

int runInspect(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads the headers of a model: a Hugging Face folder (config.json, safetensors shards), a "
                       ".safetensors file, a GGUF file (all parts of a split one) or a config.json. Lists tensors, "
                       "types, exact bytes and metadata; compares the tensor table's parameter count with the "
                       "architecture formula."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("Model file or folder (or --hf ID)."));
    addHubOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("summary"), QStringLiteral("Leave out the tensor list and the metadata.")});
    parser.addOption({QStringLiteral("mmproj"),
                      QStringLiteral("A vision projector GGUF (llama.cpp --mmproj) beside the GGUF model: its "
                                     "tensors are added as the model's encoder."),
                      QStringLiteral("PATH")});
    parseOrThrow(parser, QStringLiteral("inspect"), args);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(subcommandHelp(parser));
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const bool from_hub = parser.isSet(QStringLiteral("hf")) || parser.isSet(QStringLiteral("hf-file"));
    if (positional.size() != (from_hub ? 0 : 1)) {
        throw UsageError(from_hub ? "give either PATH or --hf ID, not both"
                                  : "expects exactly one PATH (a model file or folder) or --hf ORG/NAME");
    }
    const bool summary = parser.isSet(QStringLiteral("summary"));
    ModelFileInfo info;
    if (from_hub) {
        info = openHubModelFromOptions(parser).info;
    } else {
        try {
            info = formats::inspectModelPath(std::filesystem::path(positional.first().toStdString()));
        } catch (const formats::FormatError& error) {
            throw UsageError(error.what());
        }
    }
    if (parser.isSet(QStringLiteral("mmproj"))) {
        try {
            formats::addGgufProjector(info,
                                      std::filesystem::path(parser.value(QStringLiteral("mmproj")).toStdString()));
        } catch (const formats::FormatError& error) {
            throw UsageError(std::string("--mmproj: ") + error.what());
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        // Names and metadata from a hostile file may not be UTF-8: replace, never throw.
        printOut(toJson(info, !summary).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
        printOut(toTable(info, !summary, !summary));
    }
    return kExitOk;
}

} // namespace fitscope::cli
