#include "pinned_scenarios.h"

#include "explorer_scenario.h"
#include "format_text.h"

#include <array>

namespace fitscope::gui {

QColor pinnedColor(int index) {
    // Eight colours apart in hue and lightness (Okabe–Ito and Tableau-like), readable on white and
    // on the dark theme's background, never the component colours of the breakdown.
    static const std::array<QColor, 8> colors{
        QColor(0x1f, 0x4e, 0x9c), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
        QColor(0x8c, 0x6d, 0x1f), QColor(0x56, 0xb4, 0xe9), QColor(0x7a, 0x3e, 0x9d), QColor(0x66, 0x66, 0x66)};
    return colors[static_cast<std::size_t>(std::abs(index)) % colors.size()];
}

PinnedScenarios::PinnedScenarios(const catalog::Catalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog) {
    setObjectName(QStringLiteral("pinnedScenarios"));
}

void PinnedScenarios::setPins(std::vector<Pin> pins) {
    if (pins.size() > report::kMaxPinnedScenarios) {
        pins.resize(report::kMaxPinnedScenarios);
    }
    if (pins == m_pins) {
        return;
    }
    m_pins = std::move(pins);
    emit changed();
}

int PinnedScenarios::baselineIndex() const {
    for (std::size_t i = 0; i < m_pins.size(); ++i) {
        if (m_pins[i].baseline) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString PinnedScenarios::defaultName(const ExplorerState& state,
                                     const std::shared_ptr<const sizing::PreparedModel>& model) const {
    QString name;
    if (state.model_source == ModelSource::Custom) {
        name = tr("Custom %1").arg(QString::fromStdString(sizing::formatParams(state.params)));
    } else if (model) {
        name = QString::fromStdString(model->spec.display_name);
    }
    name += QStringLiteral(" · ") + FormatText::weightName(state.precision.weights);
    for (const GpuChoice& gpu : state.gpus) {
        if (gpu.id == state.primary_gpu) {
            if (const sizing::GpuSpec* spec = m_catalog.findGpu(gpu.id)) {
                name += QStringLiteral(" · ") +
                        (gpu.count > 1 ? tr("%1 × %2").arg(gpu.count).arg(shortGpuName(*spec)) : shortGpuName(*spec));
            }
        }
    }
    return name;
}

Pin PinnedScenarios::makePin(const ExplorerState& state, std::shared_ptr<const sizing::PreparedModel> model,
                             const QString& name) const {
    Pin pin;
    pin.state = state;
    pin.model = std::move(model);
    pin.name = name.isEmpty() ? defaultName(state, pin.model) : name;
    pin.file = scenarioFromExplorer(state, pin.model);
    pin.file.lab = nlohmann::json::object();
    try {
        pin.figures = report::scenarioFigures(pin.file, m_catalog);
    } catch (const std::exception&) {
        // A scenario the engine cannot size keeps empty figures ("n/a" in the comparison).
    }
    // The first colour no pin has.
    for (int c = 0; c < static_cast<int>(report::kMaxPinnedScenarios); ++c) {
        if (std::none_of(m_pins.begin(), m_pins.end(), [c](const Pin& p) { return p.color_index == c; })) {
            pin.color_index = c;
            break;
        }
    }
    return pin;
}

std::vector<report::PinnedScenario> PinnedScenarios::toFile() const {
    std::vector<report::PinnedScenario> pinned;
    for (const Pin& pin : m_pins) {
        report::PinnedScenario p;
        p.name = pin.name.toStdString();
        p.baseline = pin.baseline;
        p.scenario = pin.file;
        pinned.push_back(std::move(p));
    }
    return pinned;
}

std::vector<Pin> PinnedScenarios::fromFile(const std::vector<report::PinnedScenario>& pinned) const {
    std::vector<Pin> pins;
    for (std::size_t i = 0; i < pinned.size() && i < report::kMaxPinnedScenarios; ++i) {
        std::shared_ptr<const sizing::PreparedModel> model;
        const ExplorerState state = explorerFromScenario(pinned[i].scenario, m_catalog, &model);
        if (!model) {
            model = report::resolveModel(pinned[i].scenario.model, m_catalog);
        }
        Pin pin;
        pin.name = QString::fromStdString(pinned[i].name);
        pin.baseline = pinned[i].baseline;
        pin.state = state;
        pin.model = model;
        pin.file = pinned[i].scenario;
        pin.figures = report::scenarioFigures(pin.file, m_catalog);
        pin.color_index = static_cast<int>(i);
        pins.push_back(std::move(pin));
    }
    return pins;
}

} // namespace fitscope::gui
