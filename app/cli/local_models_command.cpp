// fitscope-cli models --local: the models on this machine (core/sources), with a fits / tight /
// does-not-fit badge when a GPU is given.
#include "cli_common.h"
#include "core/sizing/units.h"
#include "core/sources/local_model_fit.h"
#include "core/sources/local_model_scan.h"
#include "local_models.h"
#include "scenario_options.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace fitscope::cli {

namespace {

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) {
        text.resize(width, ' ');
    }
    return text + " ";
}

std::vector<std::filesystem::path> userFolders(const QCommandLineParser& parser) {
    std::vector<std::filesystem::path> folders;
    for (const QString& folder : parser.values(QStringLiteral("folder"))) {
        folders.emplace_back(folder.toStdString());
    }
    return folders;
}

// The scenario the badges are estimated in: the GPU, count, context, batch and runtime given.
sizing::Scenario badgeScenario(const QCommandLineParser& parser) {
    sizing::Scenario s;
    s.context_tokens = parsePositiveInt(parser.value(QStringLiteral("context")), QStringLiteral("--context"),
                                        sizing::kMaxContextTokens);
    s.batch = parsePositiveInt(parser.value(QStringLiteral("batch")), QStringLiteral("--batch"), sizing::kMaxBatch);
    s.gpu_count =
        parsePositiveInt(parser.value(QStringLiteral("gpus")), QStringLiteral("--gpus"), sizing::kMaxGpuCount);
    const QString runtime = parser.value(QStringLiteral("runtime"));
    const auto runtime_id = sizing::runtimeFromId(runtime.toStdString());
    if (!runtime_id) {
        throw UsageError(QStringLiteral("--runtime: unknown runtime '%1'").arg(runtime).toStdString());
    }
    s.runtime = *runtime_id;
    if (parser.isSet(QStringLiteral("gpu"))) {
        const QString id = parser.value(QStringLiteral("gpu"));
        const sizing::GpuSpec* gpu = activeCatalog().findGpu(id.toStdString());
        if (!gpu) {
            throw UsageError(
                QStringLiteral("--gpu: unknown GPU '%1' (fitscope-cli gpus lists them)").arg(id).toStdString());
        }
        s.gpu = std::make_shared<sizing::GpuSpec>(*gpu);
    }
    return s;
}

nlohmann::json modelJson(const sources::LocalModelRow& row, const sizing::Scenario& base) {
    const sources::LocalModel& m = row.model;
    nlohmann::json j{
        {"name", m.name},
        {"store", std::string(sources::modelStoreId(m.store))},
        {"store_root", m.store_root.string()},
        {"format", m.format ? nlohmann::json(std::string(m.formatId())) : nlohmann::json(nullptr)},
        {"path", m.path.string()},
        {"file_bytes", m.file_bytes},
        {"quantization", m.quantization.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.quantization)},
        {"context_length", m.context_length > 0 ? nlohmann::json(m.context_length) : nlohmann::json(nullptr)},
        {"ollama_num_ctx", m.ollama_num_ctx > 0 ? nlohmann::json(m.ollama_num_ctx) : nlohmann::json(nullptr)},
        {"revision", m.revision.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.revision)},
        {"status", std::string(sources::localModelStatusId(m.status))},
        {"problem", m.problem.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.problem)},
        {"spec_note", m.spec_note.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.spec_note)},
        {"notes", m.notes}};
    if (row.fit) {
        j["fit"] = {{"verdict", std::string(sources::fitBadgeId(row.fit))},
                    {"needed_bytes", row.fit->needed_bytes},
                    {"capacity_bytes", row.fit->capacity_bytes},
                    {"context_tokens", base.context_tokens}};
    } else {
        j["fit"] = nullptr;
    }
    return j;
}

std::string badgeText(const sources::LocalModelRow& row) {
    if (!row.fit) {
        return row.model.ok() ? "?" : "-";
    }
    switch (row.fit->verdict) {
    case sizing::Verdict::Fits:
        return "fits";
    case sizing::Verdict::Tight:
        return "tight";
    case sizing::Verdict::DoesNotFit:
        break;
    }
    return "does not fit";
}

} // namespace

void addLocalModelOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("local"),
         QStringLiteral("The models on this machine: the Hugging Face cache, Ollama, LM Studio, llama.cpp's cache "
                        "(HF_HUB_CACHE, HF_HOME, OLLAMA_MODELS, LLAMA_CACHE are honoured) and --folder.")},
        {QStringLiteral("folder"), QStringLiteral("--local: a folder of models to list too (repeatable)."),
         QStringLiteral("PATH")},
        {QStringLiteral("sort"), QStringLiteral("--local: name (default), store, size (largest first) or fit."),
         QStringLiteral("KEY"), QStringLiteral("name")},
        {QStringLiteral("gpu"), QStringLiteral("--local: a catalog GPU for the fits / tight / does-not-fit badge."),
         QStringLiteral("ID")},
        {QStringLiteral("gpus"), QStringLiteral("--local: number of those GPUs (default 1)."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("context"), QStringLiteral("--local: tokens per sequence for the badge (default 4096)."),
         QStringLiteral("N"), QStringLiteral("4096")},
        {QStringLiteral("batch"), QStringLiteral("--local: concurrent sequences for the badge (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("runtime"), QStringLiteral("--local: runtime profile for the badge (default simple)."),
         QStringLiteral("NAME"), QStringLiteral("simple")},
    });
}

int printLocalModels(const QCommandLineParser& parser) {
    const auto sort = sources::localModelSortFromId(parser.value(QStringLiteral("sort")).toStdString());
    if (!sort) {
        throw UsageError("--sort: '" + parser.value(QStringLiteral("sort")).toStdString() +
                         "' is not one of name, store, size, fit");
    }
    const auto unit = sizing::memoryUnitFromName(parser.value(QStringLiteral("units")).toStdString());
    if (!unit) {
        throw UsageError("--units: '" + parser.value(QStringLiteral("units")).toStdString() +
                         "' is neither GB nor GiB");
    }
    const sizing::Scenario base = badgeScenario(parser);
    const std::vector<sources::StoreRoot> roots =
        sources::storeRoots(sources::StoreEnvironment::fromProcess(), userFolders(parser));
    std::vector<sources::LocalModelRow> rows = sources::withFits(sources::scanLocalModels(roots), base);
    sources::sortLocalModels(rows, *sort);

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::json models = nlohmann::json::array();
        for (const sources::LocalModelRow& row : rows) {
            models.push_back(modelJson(row, base));
        }
        nlohmann::json stores = nlohmann::json::array();
        for (const sources::StoreRoot& root : roots) {
            std::error_code error;
            stores.push_back({{"store", std::string(sources::modelStoreId(root.store))},
                              {"path", root.path.string()},
                              {"exists", std::filesystem::is_directory(root.path, error)}});
        }
        printOut(nlohmann::json{{"models", models},
                                {"stores", stores},
                                {"gpu", base.gpu ? nlohmann::json(base.gpu->id) : nlohmann::json(nullptr)},
                                {"gpu_count", base.gpu_count},
                                {"context_tokens", base.context_tokens},
                                {"runtime", std::string(sizing::runtimeInfo(base.runtime).id)}}
                     .dump(2));
        return kExitOk;
    }
    std::ostringstream out;
    if (rows.empty()) {
        out << "No models found. Looked in:\n";
        for (const sources::StoreRoot& root : roots) {
            out << "  " << pad(std::string(sources::modelStoreName(root.store)), 19) << root.path.string() << "\n";
        }
        printOut(out.str());
        return kExitOk;
    }
    std::size_t name_width = 4;
    for (const sources::LocalModelRow& row : rows) {
        name_width = std::max(name_width, std::min<std::size_t>(row.model.name.size(), 60));
    }
    out << pad("NAME", name_width) << pad("STORE", 18) << pad("FORMAT", 11) << pad("SIZE", 10) << pad("QUANT", 10)
        << pad("CONTEXT", 8);
    if (base.gpu) {
        out << pad("FIT", 13);
    }
    out << "NOTES\n";
    for (const sources::LocalModelRow& row : rows) {
        const sources::LocalModel& m = row.model;
        std::string context = m.ollama_num_ctx > 0   ? std::to_string(m.ollama_num_ctx) + "*"
                              : m.context_length > 0 ? sizing::formatCount(static_cast<double>(m.context_length))
                                                     : "-";
        out << pad(m.name, name_width) << pad(std::string(sources::modelStoreName(m.store)), 18)
            << pad(m.format ? std::string(m.formatId()) : "-", 11)
            << pad(m.file_bytes > 0 ? sizing::formatBytes(m.file_bytes, *unit, 1) : "-", 10)
            << pad(m.quantization.empty() ? "-" : m.quantization, 10) << pad(context, 8);
        if (base.gpu) {
            out << pad(badgeText(row), 13);
        }
        std::string notes;
        if (!m.ok()) {
            notes = "broken: " + m.problem;
        } else if (!m.spec_note.empty()) {
            notes = "no architecture: " + m.spec_note;
        }
        for (const std::string& note : m.notes) {
            notes += (notes.empty() ? "" : "; ") + note;
        }
        out << notes << "\n";
    }
    bool any_num_ctx = false;
    for (const sources::LocalModelRow& row : rows) {
        any_num_ctx = any_num_ctx || row.model.ollama_num_ctx > 0;
    }
    if (any_num_ctx) {
        out << "* the num_ctx Ollama runs this model with (its Modelfile's PARAMETER num_ctx)\n";
    }
    if (base.gpu) {
        out << "Fit: " << base.gpu_count << " x " << base.gpu->display_name << ", " << base.context_tokens
            << " tokens, runtime " << sizing::runtimeInfo(base.runtime).id << "; tight = less than "
            << static_cast<int>(sizing::kTightHeadroomFraction * 100 + 0.5) << " % of the GPU's memory left.\n";
    }
    printOut(out.str());
    return kExitOk;
}

std::optional<sources::LocalModel> findLocalModelNamed(const std::string& name) {
    sources::ScanOptions quick;
    quick.read_headers = false;
    const std::vector<sources::LocalModel> models =
        sources::scanLocalModels(sources::storeRoots(sources::StoreEnvironment::fromProcess()), quick);
    const sources::LocalModel* found = sources::findLocalModel(models, name);
    if (!found) {
        return std::nullopt;
    }
    return *found;
}

} // namespace fitscope::cli
