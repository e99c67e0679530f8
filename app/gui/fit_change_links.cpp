#include "fit_change_links.h"

#include "format_text.h"
#include "number_input.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace fitscope::gui {

namespace {

// Strings are looked up with QCoreApplication::translate("FitChangeLinks", ...) written out at each
// use, so lupdate finds them.

QString gpuName(const sizing::Scenario& s) {
    return s.gpu ? shortGpuName(*s.gpu) : QString();
}

QString percent(double fraction) {
    return QLocale().toString(std::clamp(fraction, 0.0, 1.0) * 100.0, 'f', 0);
}

} // namespace

QString fitChangeText(const plan::FitChange& change, const sizing::Scenario& before) {
    const sizing::Scenario& after = change.scenario;
    switch (change.kind) {
    case plan::FitChangeKind::ShorterContext:
        return QCoreApplication::translate("FitChangeLinks", "a context of %1 tokens")
            .arg(tokenCountText(static_cast<double>(after.context_tokens)));
    case plan::FitChangeKind::SmallerKvFormat: {
        const bool with_fa = after.runtime == sizing::Runtime::LlamaCpp &&
                             after.llamacpp.flash_attention != before.llamacpp.flash_attention;
        return (with_fa ? QCoreApplication::translate("FitChangeLinks", "a %1 KV cache, with flash attention")
                        : QCoreApplication::translate("FitChangeLinks", "a %1 KV cache"))
            .arg(FormatText::kvName(after.precision.kv_cache));
    }
    case plan::FitChangeKind::SmallerWeightFormat:
        return QCoreApplication::translate("FitChangeLinks", "%1 weights")
            .arg(FormatText::weightName(after.precision.weights));
    case plan::FitChangeKind::FewerGpuLayers:
        return QCoreApplication::translate("FitChangeLinks", "%1 layers on the GPU, the rest in system RAM")
            .arg(after.llamacpp.n_gpu_layers);
    case plan::FitChangeKind::ExpertsToCpu:
        return QCoreApplication::translate("FitChangeLinks", "the routed experts of %1 layers in system RAM")
            .arg(after.llamacpp.n_cpu_moe);
    case plan::FitChangeKind::MoreGpus:
        return QCoreApplication::translate("FitChangeLinks", "%1 × %2").arg(after.gpu_count).arg(gpuName(after));
    case plan::FitChangeKind::SmallestGpu:
        return QCoreApplication::translate("FitChangeLinks", "one %1").arg(gpuName(after));
    }
    return QString::fromStdString(change.change);
}

QString fitChangeCost(const plan::FitChange& change, const sizing::Scenario& before) {
    switch (change.kind) {
    case plan::FitChangeKind::ShorterContext:
        return QCoreApplication::translate("FitChangeLinks", "gives up %1 % of the context")
            .arg(percent(change.given_up_fraction));
    case plan::FitChangeKind::SmallerKvFormat:
        return QCoreApplication::translate("FitChangeLinks", "gives up %1 % of the KV bits")
            .arg(percent(change.given_up_fraction));
    case plan::FitChangeKind::SmallerWeightFormat:
        return QCoreApplication::translate("FitChangeLinks", "gives up %1 % of the weight bits")
            .arg(percent(change.given_up_fraction));
    case plan::FitChangeKind::FewerGpuLayers:
    case plan::FitChangeKind::ExpertsToCpu:
        return QCoreApplication::translate("FitChangeLinks", "decodes %1 % slower")
            .arg(percent(change.given_up_fraction));
    case plan::FitChangeKind::MoreGpus: {
        // Two sentences rather than "%n GPU(s)": the window has no English plural forms to pick from.
        const qint64 more = change.scenario.gpu_count - before.gpu_count;
        return more == 1 ? QCoreApplication::translate("FitChangeLinks", "one more GPU")
                         : QCoreApplication::translate("FitChangeLinks", "%1 more GPUs").arg(more);
    }
    case plan::FitChangeKind::SmallestGpu:
        return QCoreApplication::translate("FitChangeLinks", "other hardware");
    }
    return QString::fromStdString(change.cost);
}

QString fitChangeLinks(const std::vector<plan::FitChange>& changes, const sizing::Scenario& before) {
    if (changes.empty()) {
        return {};
    }
    QStringList parts;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        parts << QStringLiteral("<a href=\"fit:%1\">%2</a> (%3)")
                     .arg(i)
                     .arg(fitChangeText(changes[i], before).toHtmlEscaped(),
                          fitChangeCost(changes[i], before).toHtmlEscaped());
    }
    return QCoreApplication::translate("FitChangeLinks", "Makes it fit: %1.").arg(parts.join(QStringLiteral(" · ")));
}

std::optional<std::size_t> fitChangeIndex(const QString& link) {
    if (!link.startsWith(QLatin1String("fit:"))) {
        return std::nullopt;
    }
    bool ok = false;
    const int index = link.mid(4).toInt(&ok);
    return ok && index >= 0 ? std::optional<std::size_t>(static_cast<std::size_t>(index)) : std::nullopt;
}

std::optional<ExplorerState> stateWithFitChange(const ExplorerState& state, const plan::FitChange& change) {
    ExplorerState out = state;
    const sizing::Scenario& after = change.scenario;
    switch (change.kind) {
    case plan::FitChangeKind::ShorterContext:
        out.context_tokens = after.context_tokens;
        return out;
    case plan::FitChangeKind::SmallerKvFormat:
        out.precision.kv_cache = after.precision.kv_cache;
        out.engine.runtime.llamacpp.flash_attention = after.llamacpp.flash_attention;
        return out;
    case plan::FitChangeKind::SmallerWeightFormat:
        out.precision.weights = after.precision.weights;
        return out;
    case plan::FitChangeKind::FewerGpuLayers:
        out.engine.runtime.llamacpp.n_gpu_layers = after.llamacpp.n_gpu_layers;
        out.engine.runtime.auto_gpu_layers = false;
        return out;
    case plan::FitChangeKind::ExpertsToCpu:
        out.engine.runtime.llamacpp.cpu_moe = false;
        out.engine.runtime.llamacpp.n_cpu_moe = after.llamacpp.n_cpu_moe;
        return out;
    case plan::FitChangeKind::MoreGpus:
    case plan::FitChangeKind::SmallestGpu: {
        if (!after.gpu) {
            return std::nullopt;
        }
        const std::string& id = after.gpu->id;
        auto it = std::find_if(out.gpus.begin(), out.gpus.end(), [&id](const GpuChoice& g) { return g.id == id; });
        if (it == out.gpus.end()) {
            out.gpus.insert(out.gpus.begin(), GpuChoice{id, after.gpu_count});
        } else {
            it->count = after.gpu_count;
        }
        out.primary_gpu = id;
        return out;
    }
    }
    return std::nullopt;
}

} // namespace fitscope::gui
