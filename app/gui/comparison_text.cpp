#include "comparison_text.h"

#include <QCoreApplication>

#include <map>

namespace fitscope::gui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Comparison", text);
}

} // namespace

QString comparisonInputLabel(const std::string& id, const std::string& english) {
    static const std::map<std::string, const char*> labels{
        {"model", QT_TRANSLATE_NOOP("Comparison", "Model")},
        {"weights", QT_TRANSLATE_NOOP("Comparison", "Weights")},
        {"embeddings", QT_TRANSLATE_NOOP("Comparison", "Embeddings")},
        {"output_head", QT_TRANSLATE_NOOP("Comparison", "Output head")},
        {"kv_cache", QT_TRANSLATE_NOOP("Comparison", "KV cache")},
        {"context", QT_TRANSLATE_NOOP("Comparison", "Context")},
        {"batch", QT_TRANSLATE_NOOP("Comparison", "Batch")},
        {"images", QT_TRANSLATE_NOOP("Comparison", "Images per request")},
        {"runtime", QT_TRANSLATE_NOOP("Comparison", "Runtime")},
        {"overhead", QT_TRANSLATE_NOOP("Comparison", "Overhead")},
        {"task", QT_TRANSLATE_NOOP("Comparison", "Task")},
        {"gpus", QT_TRANSLATE_NOOP("Comparison", "GPUs")},
        {"primary_gpu", QT_TRANSLATE_NOOP("Comparison", "Primary GPU")},
        {"gpu_in_use", QT_TRANSLATE_NOOP("Comparison", "Already in use per GPU")},
        {"gpu_memory_limit", QT_TRANSLATE_NOOP("Comparison", "GPU memory limit")},
    };
    if (const auto it = labels.find(id); it != labels.end()) {
        return tr(it->second);
    }
    const std::string prefix = "runtime_options.";
    if (id.rfind(prefix, 0) == 0) {
        return QCoreApplication::translate("Comparison", "Runtime option %1")
            .arg(QString::fromStdString(id.substr(prefix.size())));
    }
    return QString::fromStdString(english);
}

QString comparisonResultLabel(const std::string& id, const std::string& english) {
    static const std::map<std::string, const char*> labels{
        {"weights", QT_TRANSLATE_NOOP("Comparison", "Weights per GPU")},
        {"kv_cache", QT_TRANSLATE_NOOP("Comparison", "KV cache per GPU")},
        {"activations", QT_TRANSLATE_NOOP("Comparison", "Activations per GPU")},
        {"overhead", QT_TRANSLATE_NOOP("Comparison", "Overhead per GPU")},
        {"training", QT_TRANSLATE_NOOP("Comparison", "Training state per GPU")},
        {"total_per_gpu", QT_TRANSLATE_NOOP("Comparison", "Total per GPU")},
        {"capacity", QT_TRANSLATE_NOOP("Comparison", "Usable memory per GPU")},
        {"in_use", QT_TRANSLATE_NOOP("Comparison", "In use by other processes per GPU")},
        {"headroom", QT_TRANSLATE_NOOP("Comparison", "Headroom")},
        {"verdict", QT_TRANSLATE_NOOP("Comparison", "Verdict")},
        {"decode", QT_TRANSLATE_NOOP("Comparison", "Decode speed (all sequences)")},
        {"prefill", QT_TRANSLATE_NOOP("Comparison", "Prefill speed")},
        {"ttft", QT_TRANSLATE_NOOP("Comparison", "Time to first token")},
        {"lab_error", QT_TRANSLATE_NOOP("Comparison", "Lab: output error of the weight format")},
    };
    if (const auto it = labels.find(id); it != labels.end()) {
        return tr(it->second);
    }
    return QString::fromStdString(english);
}

QString comparisonValueText(const std::string& english) {
    static const std::map<std::string, const char*> words{
        {"none", QT_TRANSLATE_NOOP("Comparison", "none")},
        {"automatic", QT_TRANSLATE_NOOP("Comparison", "automatic")},
        {"default", QT_TRANSLATE_NOOP("Comparison", "default")},
        {"inference", QT_TRANSLATE_NOOP("Comparison", "inference")},
        {"n/a", QT_TRANSLATE_NOOP("Comparison", "n/a")},
        {"fits", QT_TRANSLATE_NOOP("Comparison", "fits")},
        {"tight", QT_TRANSLATE_NOOP("Comparison", "tight")},
        {"does not fit", QT_TRANSLATE_NOOP("Comparison", "does not fit")},
    };
    if (const auto it = words.find(english); it != words.end()) {
        return tr(it->second);
    }
    QString text = QString::fromStdString(english);
    // Units inside figures ("41.2 tokens/s").
    text.replace(QLatin1String(" tokens/s"), QCoreApplication::translate("Comparison", " tokens/s"));
    return text;
}

} // namespace fitscope::gui
