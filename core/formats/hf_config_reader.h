#pragma once

// Internal to the config.json readers (hf_config*.cpp): a reader over one config object that knows
// which file it came from, so every error names the file and the key.

#include "core/formats/hf_config.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace fitscope::formats::hf {

using nlohmann::json;

// Far above any real width, vocabulary or head count; below it int64 products stay safe.
inline constexpr std::int64_t kMaxDimension = std::int64_t{1} << 24;

class ConfigReader {
public:
    ConfigReader(const json& object, const std::string& origin)
        : m_object(object)
        , m_origin(origin) {}

    bool has(const char* key) const { return m_object.contains(key) && !m_object.at(key).is_null(); }
    // The key is present with an explicit null ("sliding_window": null means no window).
    bool isNull(const char* key) const { return m_object.contains(key) && m_object.at(key).is_null(); }

    // An integer field; `fallback` when the key is absent or null (the transformers class default).
    std::int64_t integer(const char* key, std::int64_t fallback) const {
        if (!has(key)) {
            return fallback;
        }
        return toInteger(m_object.at(key), key);
    }

    // A dimension: an integer in [0, 2^24], else an error naming the key.
    std::int64_t dim(const char* key, std::int64_t fallback) const {
        const std::int64_t v = integer(key, fallback);
        if (v < 0 || v > kMaxDimension) {
            fail(std::string(key) + " must be between 0 and 16777216 (it is " + std::to_string(v) + ")");
        }
        return v;
    }

    // The first present key among several aliases (GPT-2 uses n_embd, Falcon n_head, ...).
    std::int64_t integerOf(std::initializer_list<const char*> keys, std::int64_t fallback) const {
        for (const char* key : keys) {
            if (has(key)) {
                return integer(key, fallback);
            }
        }
        return fallback;
    }

    bool boolean(const char* key, bool fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& value = m_object.at(key);
        if (!value.is_boolean()) {
            fail(std::string(key) + " must be true or false");
        }
        return value.get<bool>();
    }

    double number(const char* key, double fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& value = m_object.at(key);
        if (!value.is_number()) {
            fail(std::string(key) + " must be a number");
        }
        return value.get<double>();
    }

    std::string string(const char* key, const std::string& fallback) const {
        if (!has(key)) {
            return fallback;
        }
        const json& value = m_object.at(key);
        if (!value.is_string()) {
            fail(std::string(key) + " must be a string");
        }
        return value.get<std::string>();
    }

    // A per-layer list of strings ("layer_types"); nullopt when absent. Its length must be `layers`.
    std::optional<std::vector<std::string>> stringList(const char* key, std::int64_t layers) const {
        if (!has(key)) {
            return std::nullopt;
        }
        const json& value = m_object.at(key);
        if (!value.is_array()) {
            fail(std::string(key) + " must be a list");
        }
        std::vector<std::string> out;
        out.reserve(value.size());
        for (const json& item : value) {
            if (!item.is_string()) {
                fail(std::string(key) + " must be a list of strings");
            }
            out.push_back(item.get<std::string>());
        }
        checkLength(key, static_cast<std::int64_t>(out.size()), layers);
        return out;
    }

    // A list of integers (mlp_only_layers, no_rope_layers); nullopt when absent. length < 0: any length.
    std::optional<std::vector<std::int64_t>> intList(const char* key, std::int64_t length = -1) const {
        if (!has(key)) {
            return std::nullopt;
        }
        const json& value = m_object.at(key);
        if (!value.is_array()) {
            fail(std::string(key) + " must be a list");
        }
        std::vector<std::int64_t> out;
        out.reserve(value.size());
        for (const json& item : value) {
            out.push_back(toInteger(item, key));
        }
        if (length >= 0) {
            checkLength(key, static_cast<std::int64_t>(out.size()), length);
        }
        return out;
    }

    void checkLength(const char* key, std::int64_t got, std::int64_t layers) const {
        if (got != layers) {
            fail(std::string(key) + " lists " + std::to_string(got) + " layers but num_hidden_layers is " +
                 std::to_string(layers));
        }
    }

    const json& raw(const char* key) const { return m_object.at(key); }
    const json& object() const { return m_object; }
    const std::string& origin() const { return m_origin; }

    [[noreturn]] void fail(const std::string& what) const { throw FormatError(m_origin + ": " + what); }

private:
    std::int64_t toInteger(const json& value, const char* key) const {
        if (value.is_number_integer()) {
            return value.get<std::int64_t>();
        }
        if (value.is_number_unsigned()) {
            const auto u = value.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                fail(std::string(key) + " is too large");
            }
            return static_cast<std::int64_t>(u);
        }
        if (value.is_number_float()) {
            const double d = value.get<double>();
            if (d == static_cast<double>(static_cast<std::int64_t>(d)) && std::abs(d) < 9e15) {
                return static_cast<std::int64_t>(d);
            }
        }
        fail(std::string(key) + " must be a whole number");
    }

    const json& m_object;
    const std::string& m_origin;
};

// Readers of the 2025-26 families (hf_config_families.cpp). Each fills spec from the text config `c`;
// `wrapper` is the multimodal wrapper around it (vision_config, audio_config), or null.
using FamilyReader = void (*)(const ConfigReader& c, const json* wrapper, sizing::ModelSpec& spec);
// The reader for a model_type, or null.
FamilyReader familyReader(const std::string& model_type);
const std::vector<std::string>& familyModelTypes();

// Layers named in mlp_only_layers keep a dense MLP of intermediate_size (fills spec.layers when any do).
void applyMlpOnlyLayers(const ConfigReader& c, sizing::ModelSpec& spec);

// Vision/audio encoders of multimodal wrappers (hf_vision_config.cpp): parameters of the encoder and
// projector from the wrapper's vision_config (and audio_config), with a label; 0 when the wrapper
// names none. text_hidden is the language model's width the projector maps into.
struct EncoderCount {
    std::int64_t params = 0;
    std::string label;
    std::int64_t image_tokens = 0; // soft tokens per image, 0 = depends on the image
    std::string image_tokens_basis;
};
EncoderCount countEncoders(const json& wrapper, std::int64_t text_hidden, const std::string& origin);

} // namespace fitscope::formats::hf
