#pragma once

#include "explorer_state.h"

#include "core/catalog/catalog.h"
#include "core/sizing/prepared_model.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace fitscope::gui {

class GpuPicker;
class LogSlider;

// The side panel: every input of the scenario, each labelled, with a tooltip explaining the term.
// It owns the ExplorerState and resolves its model (catalog entry, assumed shape or config.json);
// it computes nothing else. changed() fires at once for every user change.
class ControlPanel : public QWidget {
    Q_OBJECT

public:
    ControlPanel(const catalog::Catalog& catalog, QWidget* parent = nullptr);

    // Applies a whole state (start-up, reset). A config.json that cannot be read any more falls back
    // to the default model, with a message.
    void setState(const ExplorerState& state);
    const ExplorerState& state() const { return m_state; }
    // setState for a state whose config-file model is already read: a scenario file embeds the
    // architecture, so the file need not exist any more. Without a model it is setState.
    void setStateWithModel(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> configModel);

    std::shared_ptr<const sizing::PreparedModel> model() const { return m_model; }
    QString modelName() const;
    std::int64_t maxContext() const;
    std::vector<SelectedGpu> selectedGpus() const; // primary first
    const catalog::Catalog& catalog() const { return m_catalog; }

    // Reads a config.json (or a folder holding one). On failure the previous model stays and the
    // reason is returned in error.
    bool openConfigFile(const QString& path, QString* error);
    void selectCatalogModel(const std::string& id);
    void focusGpu(const std::string& id); // checks it and makes it the primary GPU
    void setUnit(sizing::MemoryUnit unit);
    void setCompareFormats(const std::vector<sizing::WeightFormat>& formats);

    QComboBox* modelCombo() const { return m_modelCombo; }
    QWidget* gpuSearch() const;

signals:
    void changed();
    void message(const QString& text);
    void openConfigRequested();

private:
    void buildUi();
    QWidget* section(QVBoxLayout* layout, const QString& title);
    void addField(QVBoxLayout* layout, const QString& label, QWidget* field, QWidget* buddy = nullptr);
    void fillModelCombo();
    void fillFormatCombo(QComboBox* combo, bool with_automatic);
    void syncWidgets(); // state -> widgets, without signals
    bool resolveModel(QString* error);
    void updateModelNote();
    void updateContextRange();
    void emitChanged();

    void onModelChosen(int index);
    void onParamsChanged(double params);
    void onContextChanged(double tokens);
    void onGpusChanged();

    catalog::Catalog m_catalog;
    ExplorerState m_state;
    std::shared_ptr<const sizing::PreparedModel> m_model;
    std::shared_ptr<const sizing::PreparedModel> m_configModel; // the loaded config.json, if any
    std::vector<std::shared_ptr<const sizing::GpuSpec>> m_gpuSpecs;  // catalog order

    QComboBox* m_modelCombo = nullptr;
    QPushButton* m_openConfig = nullptr;
    QLabel* m_modelNote = nullptr;
    LogSlider* m_params = nullptr;
    QComboBox* m_weights = nullptr;
    QToolButton* m_advancedToggle = nullptr;
    QWidget* m_advanced = nullptr;
    QComboBox* m_embeddings = nullptr;
    QComboBox* m_outputHead = nullptr;
    QComboBox* m_kv = nullptr;
    LogSlider* m_context = nullptr;
    QSpinBox* m_batch = nullptr;
    QComboBox* m_runtime = nullptr;
    QDoubleSpinBox* m_overhead = nullptr;
    GpuPicker* m_gpus = nullptr;
    QComboBox* m_unit = nullptr;
    bool m_syncing = false;
};

} // namespace fitscope::gui
