#include "settings.h"

#include "core/sizing/precision.h"
#include "hub/hub_options.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <array>
#include <cmath>

namespace fitscope::gui {

namespace {

struct KeySpec {
    Settings::Key key;
    const char* name;
    QVariant default_value;
};

QString idText(std::string_view id) {
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

// The table: every setting, its INI key and its default, in one place.
const std::array<KeySpec, static_cast<std::size_t>(Settings::Key::Count_)>& keyTable() {
    static const ExplorerState d;
    static const std::array<KeySpec, static_cast<std::size_t>(Settings::Key::Count_)> table{{
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::MainSplitter, "explorer/mainSplitter", QByteArray()},
        {Settings::Key::ChartSplitter, "explorer/chartSplitter", QByteArray()},
        {Settings::Key::ContentSplitter, "explorer/contentSplitter", QByteArray()},
        {Settings::Key::DetailsTab, "explorer/detailsTab", 0},
        {Settings::Key::RecentScenarios, "files/recentScenarios", QStringList()},
        {Settings::Key::RecentModels, "files/recentModels", QStringList()},
        {Settings::Key::LocalModelFolders, "models/localFolders", QStringList()},
        {Settings::Key::EngineOptions, "scenario/engine", QString()},
        {Settings::Key::ModelSource, "scenario/modelSource", QStringLiteral("catalog")},
        {Settings::Key::ModelId, "scenario/model", QString::fromStdString(d.model_id)},
        {Settings::Key::ConfigPath, "scenario/configPath", QString()},
        {Settings::Key::ProjectorPath, "scenario/projectorPath", QString()},
        {Settings::Key::Params, "scenario/params", d.params},
        {Settings::Key::Weights, "scenario/weights", idText(sizing::formatInfo(d.precision.weights).id)},
        {Settings::Key::Embeddings, "scenario/embeddings", QStringLiteral("auto")},
        {Settings::Key::OutputHead, "scenario/outputHead", QStringLiteral("auto")},
        {Settings::Key::KvCache, "scenario/kvCache", idText(sizing::kvFormatInfo(d.precision.kv_cache).id)},
        {Settings::Key::Context, "scenario/context", static_cast<qlonglong>(d.context_tokens)},
        {Settings::Key::Batch, "scenario/batch", static_cast<qlonglong>(d.batch)},
        {Settings::Key::ImagesPerRequest, "scenario/imagesPerRequest", static_cast<qlonglong>(d.images_per_request)},
        {Settings::Key::TokensPerImage, "scenario/tokensPerImage", static_cast<qlonglong>(d.tokens_per_image)},
        {Settings::Key::Runtime, "scenario/runtime", idText(sizing::runtimeInfo(d.runtime).id)},
        {Settings::Key::Overhead, "scenario/overhead", d.overhead_fraction},
        {Settings::Key::Gpus, "scenario/gpus", QStringList{QStringLiteral("a10g:1")}},
        {Settings::Key::PrimaryGpu, "scenario/primaryGpu", QString::fromStdString(d.primary_gpu)},
        {Settings::Key::Unit, "view/unit", QStringLiteral("GB")},
        {Settings::Key::CompareFormats, "view/compareFormats",
         QStringList{QStringLiteral("fp16"), QStringLiteral("int8"), QStringLiteral("int4-g128")}},
        {Settings::Key::LabState, "lab/state", QString()},
        {Settings::Key::Language, "preferences/language", QString()},
        {Settings::Key::Theme, "preferences/theme", QStringLiteral("system")},
        {Settings::Key::DefaultRuntime, "preferences/defaultRuntime", idText(sizing::runtimeInfo(d.runtime).id)},
        {Settings::Key::DefaultOverhead, "preferences/defaultOverhead", d.overhead_fraction},
        {Settings::Key::DefaultGpuMemoryUtilization, "preferences/vllmGpuMemoryUtilization",
         sizing::VllmOptions{}.gpu_memory_utilization},
        {Settings::Key::DefaultFlashAttention, "preferences/llamacppFlashAttention",
         idText(sizing::flashAttentionId(sizing::LlamaCppOptions{}.flash_attention))},
        {Settings::Key::CatalogPath, "preferences/catalogPath", QString()},
        {Settings::Key::HubOffline, "hub/offline", false},
        {Settings::Key::HubCacheLimitMiB, "hub/cacheLimitMiB",
         static_cast<qlonglong>(hub::HubOptions{}.cache_max_bytes >> 20)},
    }};
    return table;
}

const KeySpec& spec(Settings::Key key) {
    return keyTable()[static_cast<std::size_t>(key)];
}

std::optional<sizing::WeightFormat> optionalFormat(const QString& text, bool* ok) {
    *ok = true;
    if (text.isEmpty() || text == QLatin1String("auto")) {
        return std::nullopt;
    }
    const auto format = sizing::weightFormatFromId(text.toStdString());
    *ok = format.has_value();
    return format;
}

constexpr const char* kFormatKey = "fitscope/settingsFormat";
constexpr int kFormatVersion = 1;

} // namespace

Settings::Settings(const QString& path) {
    const QString file = path.isEmpty() ? defaultPath() : path;
    m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    // QSettings reads most damaged files without complaint (binary junk becomes odd keys), so a file
    // that FitScope wrote is recognised by its format marker: no marker, not ours to trust.
    const bool damaged = m_settings->status() != QSettings::NoError ||
                         (QFileInfo(file).size() > 0 && !m_settings->contains(QLatin1String(kFormatKey)));
    if (damaged) {
        // A damaged file must not stop the app: keep it for the curious, start from the defaults.
        m_settings.reset();
        const QString aside = file + QStringLiteral(".broken");
        QFile::remove(aside);
        if (!QFile::rename(file, aside)) {
            QFile::remove(file);
        }
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        m_message = tr("The settings file %1 could not be read; FitScope started with the default settings "
                       "(the damaged file was kept as %2).")
                        .arg(QDir::toNativeSeparators(file), QFileInfo(aside).fileName());
    }
    // Every key must be in the table, in order (the table is indexed by Key).
    for (std::size_t i = 0; i < keyTable().size(); ++i) {
        Q_ASSERT(static_cast<std::size_t>(keyTable()[i].key) == i);
    }
}

Settings::~Settings() = default;

QString Settings::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/fitscope.ini");
}

const char* Settings::keyName(Key key) {
    return spec(key).name;
}

QVariant Settings::defaultValue(Key key) {
    return spec(key).default_value;
}

QVariant Settings::value(Key key) const {
    return m_settings->value(QLatin1String(keyName(key)), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value) {
    m_settings->setValue(QLatin1String(kFormatKey), kFormatVersion);
    m_settings->setValue(QLatin1String(keyName(key)), value);
}

void Settings::reset() {
    m_settings->clear();
}

void Settings::sync() {
    m_settings->sync();
}

QString Settings::fileName() const {
    return m_settings->fileName();
}

QString Settings::folder() const {
    return QFileInfo(m_settings->fileName()).absolutePath();
}

QString Settings::catalogPath() const {
    const QString path = value(Key::CatalogPath).toString();
    return path.isEmpty() ? QDir(folder()).filePath(QStringLiteral("catalog.json")) : path;
}

ExplorerState Settings::defaultState() const {
    ExplorerState s;
    if (auto runtime = sizing::runtimeFromId(value(Key::DefaultRuntime).toString().toStdString())) {
        s.runtime = *runtime;
    }
    bool ok = false;
    const double overhead = value(Key::DefaultOverhead).toDouble(&ok);
    if (ok && overhead >= 0 && overhead <= 2) {
        s.overhead_fraction = overhead;
    }
    const double utilization = value(Key::DefaultGpuMemoryUtilization).toDouble(&ok);
    if (ok && utilization > 0 && utilization <= 1) {
        s.engine.runtime.vllm.gpu_memory_utilization = utilization;
    }
    // "auto", "on" or "off"; settings written before -fa auto hold true / false.
    s.engine.runtime.llamacpp.flash_attention =
        sizing::flashAttentionFromId(value(Key::DefaultFlashAttention).toString().toStdString())
            .value_or(sizing::LlamaCppOptions{}.flash_attention);
    return s;
}

ExplorerState Settings::state() const {
    ExplorerState s;
    const ExplorerState d;

    const QString source = value(Key::ModelSource).toString();
    if (source == QLatin1String("custom")) {
        s.model_source = ModelSource::Custom;
    } else if (source == QLatin1String("config")) {
        s.model_source = ModelSource::ConfigFile;
    }
    s.model_id = value(Key::ModelId).toString().toStdString();
    if (s.model_id.empty()) {
        s.model_id = d.model_id;
    }
    s.config_path = value(Key::ConfigPath).toString();
    s.projector_path = value(Key::ProjectorPath).toString();

    bool ok = false;
    const double params = value(Key::Params).toDouble(&ok);
    s.params = ok && std::isfinite(params) && params >= kMinParams && params <= kMaxParams ? params : d.params;

    if (auto f = sizing::weightFormatFromId(value(Key::Weights).toString().toStdString())) {
        s.precision.weights = *f;
    }
    auto embeddings = optionalFormat(value(Key::Embeddings).toString(), &ok);
    s.precision.embeddings = ok ? embeddings : std::nullopt;
    auto head = optionalFormat(value(Key::OutputHead).toString(), &ok);
    s.precision.output_head = ok ? head : std::nullopt;
    if (auto kv = sizing::kvFormatFromId(value(Key::KvCache).toString().toStdString())) {
        s.precision.kv_cache = *kv;
    }

    const qlonglong context = value(Key::Context).toLongLong(&ok);
    s.context_tokens = ok && context >= 1 && context <= sizing::kMaxContextTokens ? context : d.context_tokens;
    const qlonglong batch = value(Key::Batch).toLongLong(&ok);
    s.batch = ok && batch >= 1 && batch <= 4096 ? batch : d.batch;
    const qlonglong images = value(Key::ImagesPerRequest).toLongLong(&ok);
    s.images_per_request = ok && images >= 0 && images <= sizing::kMaxImagesPerRequest ? images : 0;
    const qlonglong image_tokens = value(Key::TokensPerImage).toLongLong(&ok);
    s.tokens_per_image = ok && image_tokens >= 0 && image_tokens <= sizing::kMaxImageTokens ? image_tokens : 0;
    if (auto runtime = sizing::runtimeFromId(value(Key::Runtime).toString().toStdString())) {
        s.runtime = *runtime;
    }
    const double overhead = value(Key::Overhead).toDouble(&ok);
    s.overhead_fraction = ok && overhead >= 0 && overhead <= 2 ? overhead : d.overhead_fraction;

    std::vector<GpuChoice> gpus;
    for (const QString& item : value(Key::Gpus).toStringList()) {
        const QStringList parts = item.split(QLatin1Char(':'));
        GpuChoice choice;
        choice.id = parts.value(0).trimmed().toStdString();
        const qlonglong count = parts.size() > 1 ? parts[1].toLongLong(&ok) : 1;
        choice.count = parts.size() > 1 && (!ok || count < 1 || count > 64) ? 1 : count;
        // "id:count:bytes": the memory other processes hold on each (absent = none).
        const qlonglong in_use = parts.size() > 2 ? parts[2].toLongLong(&ok) : 0;
        choice.in_use_bytes =
            parts.size() > 2 && (!ok || in_use < 0 || in_use > sizing::kMaxGpuInUseBytes) ? 0 : in_use;
        // "id:count:bytes:limit": the GPU memory limit set in its details (absent = the catalog's).
        const qlonglong limit = parts.size() > 3 ? parts[3].toLongLong(&ok) : 0;
        choice.memory_limit_bytes =
            parts.size() > 3 && (!ok || limit < 0 || limit > sizing::kMaxGpuInUseBytes) ? 0 : limit;
        if (!choice.id.empty()) {
            gpus.push_back(choice);
        }
    }
    // An empty selection is a valid choice (no verdict); a missing key gives the default.
    s.gpus = gpus;
    s.primary_gpu = value(Key::PrimaryGpu).toString().toStdString();

    s.unit = value(Key::Unit).toString() == QLatin1String("GiB") ? sizing::MemoryUnit::GiB : sizing::MemoryUnit::GB;

    s.compare_formats.clear();
    for (const QString& id : value(Key::CompareFormats).toStringList()) {
        if (auto f = sizing::weightFormatFromId(id.toStdString())) {
            s.compare_formats.push_back(*f);
        }
    }
    s.engine = engineOptionsFromJson(value(Key::EngineOptions).toString());
    return s;
}

void Settings::setState(const ExplorerState& s) {
    const char* source = s.model_source == ModelSource::Custom       ? "custom"
                         : s.model_source == ModelSource::ConfigFile ? "config"
                                                                     : "catalog";
    setValue(Key::ModelSource, QString::fromLatin1(source));
    setValue(Key::ModelId, QString::fromStdString(s.model_id));
    setValue(Key::ConfigPath, s.config_path);
    setValue(Key::ProjectorPath, s.projector_path);
    setValue(Key::Params, s.params);
    setValue(Key::Weights, idText(sizing::formatInfo(s.precision.weights).id));
    setValue(Key::Embeddings,
             s.precision.embeddings ? idText(sizing::formatInfo(*s.precision.embeddings).id) : QStringLiteral("auto"));
    setValue(Key::OutputHead, s.precision.output_head ? idText(sizing::formatInfo(*s.precision.output_head).id)
                                                      : QStringLiteral("auto"));
    setValue(Key::KvCache, idText(sizing::kvFormatInfo(s.precision.kv_cache).id));
    setValue(Key::Context, static_cast<qlonglong>(s.context_tokens));
    setValue(Key::Batch, static_cast<qlonglong>(s.batch));
    setValue(Key::ImagesPerRequest, static_cast<qlonglong>(s.images_per_request));
    setValue(Key::TokensPerImage, static_cast<qlonglong>(s.tokens_per_image));
    setValue(Key::Runtime, idText(sizing::runtimeInfo(s.runtime).id));
    setValue(Key::Overhead, s.overhead_fraction);
    QStringList gpus;
    for (const GpuChoice& g : s.gpus) {
        QString item = QStringLiteral("%1:%2").arg(QString::fromStdString(g.id)).arg(g.count);
        if (g.in_use_bytes > 0 || g.memory_limit_bytes > 0) {
            item += QStringLiteral(":%1").arg(g.in_use_bytes);
        }
        if (g.memory_limit_bytes > 0) {
            item += QStringLiteral(":%1").arg(g.memory_limit_bytes);
        }
        gpus << item;
    }
    setValue(Key::Gpus, gpus);
    setValue(Key::PrimaryGpu, QString::fromStdString(s.primary_gpu));
    setValue(Key::Unit, s.unit == sizing::MemoryUnit::GiB ? QStringLiteral("GiB") : QStringLiteral("GB"));
    QStringList formats;
    for (sizing::WeightFormat f : s.compare_formats) {
        formats << idText(sizing::formatInfo(f).id);
    }
    setValue(Key::CompareFormats, formats);
    setValue(Key::EngineOptions, engineOptionsToJson(s.engine, s.runtime));
}

} // namespace fitscope::gui
