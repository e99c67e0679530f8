#include "core/report/scenario_comparison.h"

#include "core/report/fit_matrix.h"
#include "core/report/number_text.h"
#include "core/sizing/estimator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace fitscope::report {

namespace {

using nlohmann::json;

// "−" (U+2212) rather than '-': a difference reads as a signed figure beside "+".
const std::string kMinus = "\xE2\x88\x92";

std::string formatOf(const std::optional<sizing::WeightFormat>& format) {
    return format ? std::string(sizing::formatInfo(*format).display_name) : std::string("automatic");
}

std::string gpuName(const std::string& id, const catalog::Catalog& catalog) {
    const sizing::GpuSpec* gpu = catalog.findGpu(id);
    return gpu != nullptr ? gpu->display_name : id;
}

std::string gpusText(const ScenarioFile& f, const catalog::Catalog& catalog) {
    std::string text;
    for (const GpuRef& gpu : f.gpus) {
        text += (text.empty() ? "" : "; ") + std::to_string(gpu.count) + " × " + gpuName(gpu.id, catalog);
    }
    return text.empty() ? std::string("none") : text;
}

std::string jsonValueText(const json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string signedText(double delta, const std::string& magnitude) {
    return (delta > 0 ? "+" : delta < 0 ? kMinus : "±") + magnitude;
}

std::string percentText(double delta, double base) {
    if (base == 0) {
        return {};
    }
    const double pct = 100.0 * delta / std::abs(base);
    const double magnitude = std::abs(pct);
    return ", " + signedText(pct, fixedDecimals(magnitude, magnitude < 1 ? 1 : 0) + " %");
}

std::string rateText(double tokens_per_s) {
    if (tokens_per_s >= 100) {
        return sizing::formatCount(tokens_per_s);
    }
    return sizing::formatNumber(tokens_per_s, tokens_per_s >= 10 ? 1 : 2);
}

std::string secondsText(double s) {
    if (s < 1.0) {
        return sizing::formatNumber(s * 1000.0, s < 0.01 ? 1 : 0) + " ms";
    }
    return sizing::formatNumber(s, s < 10 ? 2 : 1) + " s";
}

enum class Kind { Bytes, Rate, Seconds, Verdict, Fraction };

struct RowSpec {
    const char* id;
    const char* label;
    Kind kind;
    Better better;
    std::optional<double> (*value)(const ScenarioFigures&);
};

std::optional<double> bytesValue(std::int64_t bytes) {
    return static_cast<double>(bytes);
}

const RowSpec kRows[] = {
    {"weights", "Weights per GPU", Kind::Bytes, Better::Lower,
     [](const ScenarioFigures& f) { return bytesValue(f.weights_bytes); }},
    {"kv_cache", "KV cache per GPU", Kind::Bytes, Better::Lower,
     [](const ScenarioFigures& f) { return bytesValue(f.kv_cache_bytes); }},
    {"activations", "Activations per GPU", Kind::Bytes, Better::Lower,
     [](const ScenarioFigures& f) { return bytesValue(f.activation_bytes); }},
    {"overhead", "Overhead per GPU", Kind::Bytes, Better::Lower,
     [](const ScenarioFigures& f) { return bytesValue(f.overhead_bytes); }},
    {"training", "Training state per GPU", Kind::Bytes, Better::Lower,
     [](const ScenarioFigures& f) {
         return f.training_bytes > 0 ? bytesValue(f.training_bytes) : std::optional<double>();
     }},
    {"total_per_gpu", "Total per GPU", Kind::Bytes, Better::Lower,
     [](const ScenarioFigures& f) { return bytesValue(f.per_gpu_bytes); }},
    {"capacity", "Usable memory per GPU", Kind::Bytes, Better::Neither,
     [](const ScenarioFigures& f) {
         return f.capacity_bytes ? bytesValue(*f.capacity_bytes) : std::optional<double>();
     }},
    {"in_use", "In use by other processes per GPU", Kind::Bytes, Better::Lower,
     [](const ScenarioFigures& f) { return f.in_use_bytes ? bytesValue(*f.in_use_bytes) : std::optional<double>(); }},
    {"headroom", "Headroom", Kind::Bytes, Better::Higher,
     [](const ScenarioFigures& f) {
         return f.headroom_bytes ? bytesValue(*f.headroom_bytes) : std::optional<double>();
     }},
    {"verdict", "Verdict", Kind::Verdict, Better::Higher,
     [](const ScenarioFigures& f) {
         // Fits ranks above tight, tight above does not fit.
         return f.verdict ? std::optional<double>(2.0 - static_cast<double>(*f.verdict)) : std::optional<double>();
     }},
    {"decode", "Decode speed (all sequences)", Kind::Rate, Better::Higher,
     [](const ScenarioFigures& f) { return f.decode_tokens_per_s; }},
    {"prefill", "Prefill speed", Kind::Rate, Better::Higher,
     [](const ScenarioFigures& f) { return f.prefill_tokens_per_s; }},
    {"ttft", "Time to first token", Kind::Seconds, Better::Lower,
     [](const ScenarioFigures& f) { return f.time_to_first_token_s; }},
    {"lab_error", "Lab: output error of the weight format", Kind::Fraction, Better::Lower,
     [](const ScenarioFigures& f) { return f.lab_error; }},
};

std::string valueText(Kind kind, double v, sizing::MemoryUnit unit) {
    switch (kind) {
    case Kind::Bytes:
        if (v < 0) {
            return kMinus + sizing::formatBytes(static_cast<std::int64_t>(-v), unit, 2);
        }
        return sizing::formatBytes(static_cast<std::int64_t>(v), unit, 2);
    case Kind::Rate:
        return rateText(v) + " tokens/s";
    case Kind::Seconds:
        return secondsText(v);
    case Kind::Verdict:
        return verdictText(static_cast<sizing::Verdict>(2 - static_cast<int>(std::lround(v))));
    case Kind::Fraction:
        return sizing::formatNumber(v * 100.0, 2) + " %";
    }
    return {};
}

std::string deltaText(Kind kind, double v, double base, sizing::MemoryUnit unit) {
    const double d = v - base;
    if (d == 0 && kind != Kind::Verdict) {
        return "±0"; // the same as the baseline
    }
    switch (kind) {
    case Kind::Bytes:
        return signedText(d, sizing::formatBytes(static_cast<std::int64_t>(std::llround(std::abs(d))), unit, 2)) +
               percentText(d, base);
    case Kind::Rate:
        return signedText(d, rateText(std::abs(d)) + " tokens/s") + percentText(d, base);
    case Kind::Seconds:
        return signedText(d, secondsText(std::abs(d))) + percentText(d, base);
    case Kind::Verdict:
        return {};
    case Kind::Fraction:
        return signedText(d, sizing::formatNumber(std::abs(d) * 100.0, 2) + " points");
    }
    return {};
}

} // namespace

ScenarioFigures scenarioFigures(const ScenarioFile& file, const catalog::Catalog& catalog) {
    std::vector<sizing::Scenario> scenarios = engineScenarios(file, catalog);
    const std::size_t primary = file.gpus.empty() ? 0 : std::min(primaryGpuIndex(file), scenarios.size() - 1);
    const sizing::Scenario& s = scenarios.at(primary);
    ScenarioFigures f = figuresOf(s, sizing::estimate(s, sizing::Detail::NumbersOnly));
    f.model_name = modelDisplayName(file.model, catalog);
    return f;
}

ScenarioFigures figuresOf(const sizing::Scenario& s, const sizing::Estimate& e) {
    ScenarioFigures f;
    if (s.gpu) {
        f.gpu_label = std::to_string(s.gpu_count) + " × " + s.gpu->display_name;
    }
    // The most loaded GPU, as the breakdown chart draws it.
    sizing::GpuLoad load;
    if (!e.gpu_loads.empty()) {
        load = *std::max_element(e.gpu_loads.begin(), e.gpu_loads.end(),
                                 [](const auto& a, const auto& b) { return a.total() < b.total(); });
    } else {
        load.weights_bytes = e.weights_bytes;
        load.kv_cache_bytes = e.kv_cache_bytes;
        load.activation_bytes = e.activation_bytes;
        load.overhead_bytes = e.overhead_bytes;
        load.training_bytes = e.training_bytes;
    }
    f.weights_bytes = load.weights_bytes;
    f.kv_cache_bytes = load.kv_cache_bytes;
    f.activation_bytes = load.activation_bytes;
    f.overhead_bytes = load.overhead_bytes;
    f.training_bytes = load.training_bytes;
    f.per_gpu_bytes = e.per_gpu_bytes;
    if (e.fit) {
        f.capacity_bytes = e.fit->capacity_bytes;
        f.headroom_bytes = e.fit->headroom_bytes;
        f.verdict = e.fit->verdict;
        if (e.fit->in_use_bytes > 0) {
            f.in_use_bytes = e.fit->in_use_bytes;
        }
    }
    const sizing::SpeedEstimate& sp = e.speed;
    if (s.task == sizing::Task::Inference && sp.valid) {
        const double decode = s.batch > 1 ? sp.decode_batch_tokens_per_s : sp.decode_tokens_per_s;
        if (decode > 0) {
            f.decode_tokens_per_s = decode;
        }
        if (sp.prefill_tokens_per_s > 0) {
            f.prefill_tokens_per_s = sp.prefill_tokens_per_s;
        }
        if (sp.time_to_first_token_s > 0) {
            f.time_to_first_token_s = sp.time_to_first_token_s;
        }
    }
    return f;
}

std::vector<InputRow> compareInputs(const std::vector<const ScenarioFile*>& files, const catalog::Catalog& catalog) {
    std::vector<InputRow> rows;
    const auto add = [&](const char* id, const char* label, auto text) {
        InputRow row;
        row.id = id;
        row.label = label;
        for (const ScenarioFile* f : files) {
            row.values.push_back(text(*f));
        }
        rows.push_back(std::move(row));
    };
    add("model", "Model", [&](const ScenarioFile& f) { return modelDisplayName(f.model, catalog); });
    add("weights", "Weights",
        [](const ScenarioFile& f) { return std::string(sizing::formatInfo(f.precision.weights).display_name); });
    add("embeddings", "Embeddings", [](const ScenarioFile& f) { return formatOf(f.precision.embeddings); });
    add("output_head", "Output head", [](const ScenarioFile& f) { return formatOf(f.precision.output_head); });
    add("kv_cache", "KV cache",
        [](const ScenarioFile& f) { return std::string(sizing::kvFormatInfo(f.precision.kv_cache).display_name); });
    add("context", "Context",
        [](const ScenarioFile& f) { return sizing::formatCount(static_cast<double>(f.context_tokens)); });
    add("batch", "Batch", [](const ScenarioFile& f) { return sizing::formatCount(static_cast<double>(f.batch)); });
    if (std::any_of(files.begin(), files.end(), [](const ScenarioFile* f) { return f->images_per_request > 0; })) {
        add("images", "Images per request", [](const ScenarioFile& f) {
            std::string text = sizing::formatCount(static_cast<double>(f.images_per_request));
            if (f.images_per_request > 0 && f.tokens_per_image > 0) {
                text += " × " + sizing::formatCount(static_cast<double>(f.tokens_per_image)) + " tokens";
            }
            return text;
        });
    }
    add("runtime", "Runtime",
        [](const ScenarioFile& f) { return std::string(sizing::runtimeInfo(f.runtime).display_name); });
    add("overhead", "Overhead", [](const ScenarioFile& f) {
        // Only the simple profile uses it: elsewhere it is no input at all.
        return f.runtime == sizing::Runtime::Simple ? fixedDecimals(f.overhead_fraction * 100.0, 0) + " %"
                                                    : std::string("—");
    });
    // The runtime options any of the scenarios states, each a row ("default" where one does not).
    std::set<std::string> keys;
    for (const ScenarioFile* f : files) {
        if (f->runtime_options.is_object()) {
            for (const auto& item : f->runtime_options.items()) {
                keys.insert(item.key());
            }
        }
    }
    for (const std::string& key : keys) {
        InputRow row;
        row.id = "runtime_options." + key;
        row.label = "Runtime option " + key;
        for (const ScenarioFile* f : files) {
            const auto it = f->runtime_options.is_object() ? f->runtime_options.find(key) : f->runtime_options.end();
            row.values.push_back(f->runtime_options.is_object() && it != f->runtime_options.end()
                                     ? jsonValueText(*it)
                                     : std::string("default"));
        }
        rows.push_back(std::move(row));
    }
    add("task", "Task", [](const ScenarioFile& f) { return scenarioTaskText(f); });
    add("gpus", "GPUs", [&](const ScenarioFile& f) { return gpusText(f, catalog); });
    add("primary_gpu", "Primary GPU", [&](const ScenarioFile& f) {
        if (f.gpus.empty()) {
            return std::string("—");
        }
        return gpuName(f.gpus[primaryGpuIndex(f)].id, catalog);
    });
    // Memory other processes hold on the primary GPU: a row only when a scenario has some.
    const auto inUse = [](const ScenarioFile& f) {
        return f.gpus.empty() ? std::int64_t{0} : f.gpus[primaryGpuIndex(f)].in_use_bytes;
    };
    if (std::any_of(files.begin(), files.end(), [&](const ScenarioFile* f) { return inUse(*f) > 0; })) {
        add("gpu_in_use", "Already in use per GPU",
            [&](const ScenarioFile& f) { return sizing::formatBytes(inUse(f), f.unit, 2); });
    }
    // A unified machine's GPU limit set in the scenario (its details), likewise.
    const auto limit = [](const ScenarioFile& f) {
        return f.gpus.empty() ? std::int64_t{0} : f.gpus[primaryGpuIndex(f)].memory_limit_bytes;
    };
    if (std::any_of(files.begin(), files.end(), [&](const ScenarioFile* f) { return limit(*f) > 0; })) {
        add("gpu_memory_limit", "GPU memory limit", [&](const ScenarioFile& f) {
            return limit(f) > 0 ? sizing::formatBytes(limit(f), f.unit, 1) : std::string("default");
        });
    }
    for (InputRow& row : rows) {
        row.differs =
            std::adjacent_find(row.values.begin(), row.values.end(), std::not_equal_to<>()) != row.values.end();
    }
    return rows;
}

std::vector<InputRow> changedInputs(const ScenarioFile& before, const ScenarioFile& after,
                                    const catalog::Catalog& catalog) {
    std::vector<InputRow> rows = compareInputs({&before, &after}, catalog);
    std::erase_if(rows, [](const InputRow& row) { return !row.differs; });
    return rows;
}

Comparison compareScenarios(const std::vector<ComparedScenario>& scenarios, std::size_t baseline,
                            sizing::MemoryUnit unit, const catalog::Catalog& catalog) {
    Comparison c;
    c.unit = unit;
    c.baseline = std::min(baseline, scenarios.empty() ? std::size_t{0} : scenarios.size() - 1);
    std::vector<const ScenarioFile*> files;
    for (const ComparedScenario& s : scenarios) {
        c.names.push_back(s.name);
        files.push_back(&s.file);
    }
    c.inputs = compareInputs(files, catalog);
    for (const RowSpec& spec : kRows) {
        ResultRow row;
        row.id = spec.id;
        row.label = spec.label;
        row.better = spec.better;
        bool any = false;
        for (const ComparedScenario& s : scenarios) {
            ResultCell cell;
            cell.value = spec.value(s.figures);
            cell.text = cell.value ? valueText(spec.kind, *cell.value, unit) : std::string("n/a");
            any = any || cell.value.has_value();
            row.cells.push_back(std::move(cell));
        }
        if (!any) {
            continue; // no scenario has this figure (no GPU anywhere, the lab never ran)
        }
        const bool hasBase = !scenarios.empty() && row.cells[c.baseline].value.has_value();
        const double base = hasBase ? row.cells[c.baseline].value.value_or(0.0) : 0.0;
        for (std::size_t i = 0; i < row.cells.size(); ++i) {
            ResultCell& cell = row.cells[i];
            if (i != c.baseline && hasBase && cell.value) {
                cell.delta = deltaText(spec.kind, *cell.value, base, unit);
            }
        }
        if (spec.better != Better::Neither) {
            std::vector<double> values;
            for (const ResultCell& cell : row.cells) {
                if (cell.value) {
                    values.push_back(*cell.value);
                }
            }
            const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
            if (values.size() >= 2 && *lo != *hi) {
                const double best = spec.better == Better::Lower ? *lo : *hi;
                for (ResultCell& cell : row.cells) {
                    cell.best = cell.value && *cell.value == best;
                }
            }
        }
        c.results.push_back(std::move(row));
    }
    return c;
}

std::vector<ComparedScenario> comparedScenariosOf(const ScenarioFile& file, const catalog::Catalog& catalog,
                                                  std::size_t* baseline) {
    std::vector<ComparedScenario> result;
    std::size_t base = 0;
    bool own_is_pinned = false;
    for (std::size_t i = 0; i < file.pinned.size(); ++i) {
        const PinnedScenario& pin = file.pinned[i];
        if (pin.baseline) {
            base = i;
        }
        own_is_pinned = own_is_pinned || changedInputs(pin.scenario, file, catalog).empty();
        result.push_back({pin.name, pin.scenario, scenarioFigures(pin.scenario, catalog)});
    }
    if (!own_is_pinned) {
        ScenarioFile own = file;
        own.pinned.clear();
        own.lab = json::object();
        result.push_back({"Current", own, scenarioFigures(own, catalog)});
    }
    if (baseline != nullptr) {
        *baseline = base;
    }
    return result;
}

} // namespace fitscope::report
