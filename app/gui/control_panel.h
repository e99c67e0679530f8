#pragma once

#include "core/catalog/catalog.h"
#include "core/formats/model_file.h"
#include "core/sizing/prepared_model.h"
#include "explorer_state.h"

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

class GpuDetailsDialog;
class GpuPicker;
class LogSlider;
class RuntimeOptionsPanel;

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
    // fileInfo: what a model file's headers held, when the model came from one (the model panel).
    void setStateWithModel(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> configModel,
                           std::shared_ptr<const formats::ModelFileInfo> fileInfo = nullptr);

    std::shared_ptr<const sizing::PreparedModel> model() const { return m_model; }
    QString modelName() const;
    std::int64_t maxContext() const;
    std::vector<SelectedGpu> selectedGpus() const; // primary first
    const catalog::Catalog& catalog() const { return m_catalog; }

    // Reads a model file: a config.json, a Hugging Face folder, a .safetensors or a .gguf file
    // (headers only). The weight format switches to the file's own. On failure the previous model
    // stays and the reason (naming the file and the problem) is returned in error.
    bool openModelFile(const QString& path, QString* error);
    // A model whose headers were read elsewhere (a Hugging Face id); source names it in scenario files
    // ("hf://ORG/NAME@COMMIT"). False, with the previous model kept, when it cannot be sized.
    bool openModelInfo(std::shared_ptr<const formats::ModelFileInfo> info, const QString& source, QString* error);
    bool openConfigFile(const QString& path, QString* error) { return openModelFile(path, error); }
    // Adds a vision projector GGUF (mmproj, llama.cpp --mmproj) to the GGUF model on screen: its weights
    // join the model's and images per request become possible. On failure (no GGUF model, not a
    // projector) the model stays as it was and error says why.
    bool attachProjector(const QString& path, QString* error);
    // Whether the model on screen is a GGUF file a projector can be added to.
    bool canAttachProjector() const;
    // What the current file model's headers held; null for catalog and custom models.
    std::shared_ptr<const formats::ModelFileInfo> modelFileInfo() const {
        return m_state.model_source == ModelSource::ConfigFile ? m_fileInfo : nullptr;
    }
    RuntimeOptionsPanel* runtimeOptions() const { return m_runtimeOptions; }
    void selectCatalogModel(const std::string& id);
    // This machine's GPUs (machine_gpus.h), listed first in the picker; replaces those given before.
    // A state that names one (a restored window) shows it once it is here.
    void setMachineGpus(const std::vector<sizing::GpuSpec>& gpus);
    void focusGpu(const std::string& id); // checks it and makes it the primary GPU
    // A GPU's details (figures, sources, a unified machine's limit); null for an unknown id. The limit
    // can be set when the GPU is checked: applyGpuDetails takes it into the state (one undo step).
    std::unique_ptr<GpuDetailsDialog> makeGpuDetails(const std::string& id);
    void applyGpuDetails(const std::string& id, const GpuDetailsDialog& dialog);
    void openGpuDetails(const std::string& id); // the two above, modal
    void setUnit(sizing::MemoryUnit unit);
    void setCompareFormats(const std::vector<sizing::WeightFormat>& formats);

    QComboBox* modelCombo() const { return m_modelCombo; }
    QWidget* gpuSearch() const;

signals:
    void changed();
    void message(const QString& text);
    void openConfigRequested();
    void localModelsRequested(); // "Models on this machine" (the main window shows its dock)
    // The Hugging Face button (id empty: the dialog as it was), or a Hugging Face id typed into the model
    // picker that names no catalog model (the main window opens its dialog with it and fetches it).
    void hubOpenRequested(const QString& id);

private:
    void buildUi();
    QWidget* section(QVBoxLayout* layout, const QString& title);
    void addField(QVBoxLayout* layout, const QString& label, QWidget* field, QWidget* buddy = nullptr);
    void fillModelCombo();
    int stateModelIndex() const; // the combo row of the state's model (-1: none)
    void fillFormatCombo(QComboBox* combo, bool with_automatic);
    void syncWidgets(); // state -> widgets, without signals
    bool resolveModel(QString* error);
    // Reads the state's projector_path into info (a restored state); on failure drops it and says why.
    void addSavedProjector(formats::ModelFileInfo& info, QString& error);
    void updateModelNote();
    void updateImagesRow(); // shown for models with a vision encoder, with their tokens per image
    void updateContextRange();
    void emitChanged();
    void syncRuntimeOptions();

    void onModelChosen(int index);
    void onParamsChanged(double params);
    void onContextChanged(double tokens);
    void onGpusChanged();
    // The picker's selection with each GPU's memory in use kept from the state, or for a GPU of this
    // machine checked just now, what its driver reported.
    std::vector<GpuChoice> withInUse(std::vector<GpuChoice> selection) const;
    void syncInUse(); // the "already in use" field shows the primary GPU's figure

    catalog::Catalog m_catalog;
    ExplorerState m_state;
    std::shared_ptr<const sizing::PreparedModel> m_model;
    std::shared_ptr<const sizing::PreparedModel> m_configModel; // the loaded model file, if any
    bool knowsGpu(const std::string& id) const; // the catalog's, or this machine's (detected or not yet known)
    bool m_machineGpusKnown = false;            // setMachineGpus has run: a "local-" GPU not among them is gone
    QString m_configSource;                     // what m_configModel was read from (its config_path)
    std::shared_ptr<const formats::ModelFileInfo> m_fileInfo;       // its headers (null: a config read before)
    std::vector<std::shared_ptr<const sizing::GpuSpec>> m_gpuSpecs; // catalog order

    QComboBox* m_modelCombo = nullptr;
    QPushButton* m_openConfig = nullptr;
    QPushButton* m_localModels = nullptr;
    QPushButton* m_hubOpen = nullptr;
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
    QLabel* m_imagesLabel = nullptr;
    QWidget* m_imagesRow = nullptr;
    QSpinBox* m_images = nullptr;
    QSpinBox* m_tokensPerImage = nullptr;
    QComboBox* m_runtime = nullptr;
    QDoubleSpinBox* m_overhead = nullptr;
    GpuPicker* m_gpus = nullptr;
    QLabel* m_inUseLabel = nullptr;
    QDoubleSpinBox* m_inUse = nullptr;
    QComboBox* m_unit = nullptr;
    RuntimeOptionsPanel* m_runtimeOptions = nullptr;
    bool m_syncing = false;
};

} // namespace fitscope::gui
