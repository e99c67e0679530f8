#include "core/hardware/catalog_match.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace fitscope::hardware {

namespace {

// Words that name a variant of a part: two names must agree on all of them.
const std::set<std::string>& variantWords() {
    static const std::set<std::string> words = {"ti",   "super", "pcie",  "nvl",  "sxm",    "sxm2",   "sxm4",
                                                "sxm5", "max",   "ultra", "pro",  "laptop", "mobile", "xt",
                                                "xtx",  "mini",  "nano",  "thor", "orin"};
    return words;
}

// Words that carry no identity ("NVIDIA", "GeForce", memory sizes are checked separately).
bool isNoise(const std::string& word) {
    static const std::set<std::string> noise = {"nvidia", "geforce", "amd",   "radeon", "instinct", "tesla",    "intel",
                                                "arc",    "apple",   "gb",    "gib",    "hbm",      "hbm2",     "hbm2e",
                                                "hbm3",   "hbm3e",   "gddr6", "gddr6x", "gddr7",    "graphics", "gpu"};
    return noise.count(word) > 0;
}

// "NVIDIA A100-SXM4-80GB" -> {a100, sxm4, 80gb}; a size token ("80gb") is dropped.
std::vector<std::string> words(const std::string& name) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        if (current.empty()) {
            return;
        }
        const bool size_token = current.size() > 2 && current.substr(current.size() - 2) == "gb" &&
                                std::all_of(current.begin(), current.end() - 2,
                                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        if (!isNoise(current) && !size_token) {
            out.push_back(current);
        }
        current.clear();
    };
    for (const char c : name) {
        if (c == '(') {
            break; // the catalog's parenthesised details ("(SXM5)") are handled below
        }
        if (std::isalnum(static_cast<unsigned char>(c))) {
            current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

// The catalog name's words including its parenthesised details, for the variant check.
std::vector<std::string> allWords(const std::string& name) {
    std::string flat = name;
    std::replace(flat.begin(), flat.end(), '(', ' ');
    std::replace(flat.begin(), flat.end(), ')', ' ');
    return words(flat);
}

bool hasDigit(const std::string& word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::set<std::string> variantsOf(const std::vector<std::string>& ws) {
    std::set<std::string> out;
    for (const std::string& w : ws) {
        if (variantWords().count(w)) {
            out.insert(w == "sxm2" || w == "sxm4" || w == "sxm5" ? "sxm" : w);
        }
    }
    return out;
}

} // namespace

std::string matchCatalogGpu(const DetectedGpu& gpu, const catalog::Catalog& catalog) {
    const std::vector<std::string> detected = allWords(gpu.name);
    const std::set<std::string> detected_set(detected.begin(), detected.end());
    const std::set<std::string> detected_variants = variantsOf(detected);
    std::string best;
    int best_score = -1;
    double best_distance = 1e9;
    for (const sizing::GpuSpec& entry : catalog.gpus()) {
        const std::vector<std::string> entry_words = words(entry.display_name);
        const auto model = std::find_if(entry_words.begin(), entry_words.end(), hasDigit);
        if (model == entry_words.end() || !detected_set.count(*model)) {
            continue;
        }
        std::set<std::string> entry_variants = variantsOf(allWords(entry.display_name));
        // The SXM form factor is what nvidia-smi leaves unsaid ("NVIDIA H100 80GB HBM3"): a catalog SXM
        // entry still matches a name without a form factor, but never one that says PCIe or NVL.
        if (entry_variants.count("sxm") && !detected_variants.count("sxm") && !detected_variants.count("pcie") &&
            !detected_variants.count("nvl")) {
            entry_variants.erase("sxm");
        }
        if (entry_variants != detected_variants) {
            continue;
        }
        const std::int64_t reported = gpu.unified_memory && gpu.pool_bytes > 0 ? gpu.pool_bytes : gpu.total_bytes;
        if (reported > 0) {
            // Unified machines compare their whole pool with the nominal size; discrete cards the driver
            // total with the entry's.
            const double reference =
                static_cast<double>(gpu.unified_memory ? entry.memory_bytes : entry.capacityBytes());
            const double distance = std::abs(static_cast<double>(reported) - reference) / reference;
            if (distance > 0.06) {
                continue;
            }
            int score = 0;
            for (const std::string& w : entry_words) {
                score += detected_set.count(w) ? 1 : 0;
            }
            if (score > best_score || (score == best_score && distance < best_distance)) {
                best = entry.id;
                best_score = score;
                best_distance = distance;
            }
        }
    }
    return best;
}

sizing::GpuSpec localGpuSpec(const DetectedGpu& gpu, const catalog::Catalog& catalog) {
    sizing::GpuSpec spec;
    if (const sizing::GpuSpec* entry = gpu.catalog_id.empty() ? nullptr : catalog.findGpu(gpu.catalog_id)) {
        spec = *entry;
    } else {
        spec.display_name = gpu.name;
        spec.vendor = gpu.vendor;
        spec.category = gpu.vendor == "Apple" ? sizing::GpuCategory::Apple : sizing::GpuCategory::Consumer;
        spec.unified_memory = gpu.unified_memory;
        spec.source = "detected on this machine (" + gpu.reported_by + "); not in the catalog: no bandwidth or rates";
    }
    spec.id = "local-" + std::to_string(gpu.index) + (gpu.catalog_id.empty() ? "" : "-" + gpu.catalog_id);
    if (gpu.pool_bytes > 0) {
        spec.memory_bytes = gpu.pool_bytes;
    }
    if (gpu.total_bytes > 0) {
        // This machine's own figure wins over the catalog's (a driver that reserves more, a raised limit).
        spec.usable_memory_bytes = gpu.total_bytes;
        spec.memory_bytes = std::max(spec.memory_bytes, gpu.total_bytes);
    }
    return spec;
}

} // namespace fitscope::hardware
