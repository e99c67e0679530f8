#pragma once

#include "explorer_state.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace fitscope::gui {

// The one place FitScope reads and writes its settings: a table of keys with their defaults over
// an INI file (QSettings). Nothing else in the app touches QSettings.
class Settings {
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    enum class Key {
        WindowGeometry,
        WindowState,
        MainSplitter,      // controls | content
        ChartSplitter,     // breakdown | context chart
        ContentSplitter,   // charts | details
        DetailsTab,        // the tab shown under the charts
        RecentScenarios,   // .fitscope.json files opened or saved, most recent first
        RecentModels,      // model files opened (folders, .safetensors, .gguf, config.json), most recent first
        LocalModelFolders, // folders added to "Models on this machine" (local_models_panel.h)
        EngineOptions,     // runtime options and task (JSON: ExplorerState::engine)
        ModelSource,
        ModelId,
        ConfigPath,
        ProjectorPath,
        Params,
        Weights,
        Embeddings,
        OutputHead,
        KvCache,
        Context,
        Batch,
        ImagesPerRequest,
        TokensPerImage,
        Runtime,
        Overhead,
        Gpus,
        PrimaryGpu,
        Unit,
        CompareFormats,
        LabState, // the quantization lab's controls (JSON, lab/lab_state.h)
        // Preferences (preferences_dialog.h)
        Language,                    // "" = the system's, else "de", "es", "zh_CN", "en"
        Theme,                       // "system", "light", "dark"
        DefaultRuntime,              // the runtime of a new or reset scenario
        DefaultOverhead,             // the simple profile's flat overhead, as a fraction
        DefaultGpuMemoryUtilization, // vLLM's --gpu-memory-utilization
        DefaultFlashAttention,       // llama.cpp's -fa
        CatalogPath,                 // the user's catalog.json; "" = catalog.json beside the settings
        HubOffline,                  // Hugging Face: only the cache, never the network (HF_HUB_OFFLINE forces it)
        HubCacheLimitMiB,            // Hugging Face: the hub cache's bound, in MiB (hub_options.h)
        Count_
    };

    // path: the INI file; empty = fitscope.ini in the per-user config folder
    // (QStandardPaths::AppConfigLocation, so tests can redirect it with setTestModeEnabled).
    explicit Settings(const QString& path = {});
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    static QString defaultPath();
    static const char* keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(); // every key back to its default
    void sync();

    // The scenario: every value checked, anything unreadable replaced by its default.
    ExplorerState state() const;
    void setState(const ExplorerState& state);

    // The scenario a reset starts from: ExplorerState's defaults with the preferred runtime and its
    // options (Preferences).
    ExplorerState defaultState() const;

    QString fileName() const;
    QString folder() const;      // where the user's catalog.json lives by default
    QString catalogPath() const; // the user's catalog file (CatalogPath, or catalog.json in folder())
    // Set when the file could not be read at start-up: it was moved aside and the defaults used.
    bool recovered() const { return !m_message.isEmpty(); }
    QString message() const { return m_message; }

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_message;
};

} // namespace fitscope::gui
