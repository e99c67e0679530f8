#include "scenario_document.h"

#include "breakdown_chart.h"
#include "chart_clipboard.h"
#include "context_chart.h"
#include "control_panel.h"
#include "core/report/fit_matrix.h"
#include "core/report/report_comparison.h"
#include "core/report/report_csv.h"
#include "core/report/report_data.h"
#include "core/report/report_json.h"
#include "core/report/report_markdown.h"
#include "explorer_page.h"
#include "explorer_scenario.h"
#include "export_dialog.h"
#include "fit_matrix_model.h"
#include "lab/accuracy_chart.h"
#include "lab/lab_page.h"
#include "lab/lab_state.h"
#include "layer_strip_chart.h"
#include "pinned_scenarios.h"
#include "settings.h"
#include "speed_chart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

#include <optional>

namespace fitscope::gui {

namespace {

constexpr int kMaxRecent = 8;

QString fileFilter() {
    return QObject::tr("FitScope scenario (*.fitscope.json);;JSON (*.json);;All files (*)");
}

bool writeText(const QString& path, const std::string& text, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
        !file.commit()) {
        *error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ScenarioDocument::ScenarioDocument(QMainWindow* window, ExplorerPage* page, lab::LabPage* lab, Settings* settings)
    : QObject(window)
    , m_window(window)
    , m_page(page)
    , m_lab(lab)
    , m_settings(settings) {
    setObjectName(QStringLiteral("scenarioDocument"));
    m_saved = currentScenario();
    connect(m_page, &ExplorerPage::recomputed, this, &ScenarioDocument::onChanged);
    if (m_lab != nullptr) {
        // The lab's settings are part of the scenario: changing one marks it modified.
        connect(m_lab, &lab::LabPage::settingsChanged, this, &ScenarioDocument::onChanged);
        // The lab's chart can be copied once a run has finished schemes.
        connect(m_lab, &lab::LabPage::runFinished, this, &ScenarioDocument::updateCopyImageActions);
    }
    // Ctrl+C on a focused chart copies it (PNG and SVG).
    const auto copy = [this](ChartKind kind) { copyImage(kind); };
    addChartCopyShortcut(m_page->breakdownChart(), ChartKind::Breakdown, copy);
    addChartCopyShortcut(m_page->contextChart(), ChartKind::Context, copy);
    addChartCopyShortcut(m_page->speedChart(), ChartKind::Speed, copy);
    addChartCopyShortcut(m_page->layerStrip(), ChartKind::Layers, copy);
    updateTitle();
}

void ScenarioDocument::addActions(QMenu* file) {
    auto add = [this, file](const QString& text, const char* name, auto slot, const QKeySequence& keys = {}) {
        QAction* action = file->addAction(text, this, slot);
        action->setObjectName(QLatin1String(name));
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
        }
        return action;
    };
    add(tr("Open &scenario…"), "actionOpenScenario", &ScenarioDocument::open, QKeySequence(tr("Ctrl+Shift+O")));
    m_recentMenu = file->addMenu(tr("Recent scenarios"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentScenarios"));
    rebuildRecentMenu();
    add(
        tr("Save scenario"), "actionSaveScenario", [this] { save(); }, QKeySequence::Save);
    add(tr("Save scenario &as…"), "actionSaveScenarioAs", [this] { saveAs(); });
    file->addSeparator();
    add(tr("&Export chart…"), "actionExportChart", &ScenarioDocument::exportChartInteractively,
        QKeySequence(tr("Ctrl+E")));
    add(tr("Export &report…"), "actionExportReport", &ScenarioDocument::exportReportInteractively,
        QKeySequence(tr("Ctrl+Shift+E")));
    QMenu* copy = file->addMenu(tr("Cop&y for a document"));
    copy->setObjectName(QStringLiteral("menuCopyForDocument"));
    QAction* table = copy->addAction(tr("Breakdown as Markdown table"), this,
                                     [this] { copyText(breakdownMarkdown(), tr("Breakdown table")); });
    table->setObjectName(QStringLiteral("actionCopyBreakdownMarkdown"));
    QAction* matrix = copy->addAction(tr("Fit matrix as Markdown table"), this,
                                      [this] { copyText(fitMatrixMarkdown(), tr("Fit matrix table")); });
    matrix->setObjectName(QStringLiteral("actionCopyMatrixMarkdown"));
    copy->addSeparator();
    for (const ChartKind kind : kChartKinds) {
        QAction* image =
            copy->addAction(tr("%1 as image").arg(chartKindName(kind)), this, [this, kind] { copyImage(kind); });
        image->setObjectName(QStringLiteral("actionCopyImage_") + chartKindId(kind));
        image->setData(static_cast<int>(kind));
    }
    // A chart without data (the lab's before a run) is greyed out, its tooltip saying why.
    copy->setToolTipsVisible(true);
    m_copyMenu = copy;
    connect(copy, &QMenu::aboutToShow, this, &ScenarioDocument::updateCopyImageActions);
    updateCopyImageActions();
    file->addSeparator();
}

ChartSources ScenarioDocument::chartSources() const {
    ChartSources sources;
    sources.explorer = m_page;
    if (m_lab != nullptr) {
        // What the lab's chart shows: the finished schemes of its latest run, on that run's tensor.
        sources.lab.sample = m_lab->sample();
        sources.lab.outcomes = m_lab->accuracyChart()->outcomes();
    }
    return sources;
}

void ScenarioDocument::updateCopyImageActions() {
    if (m_copyMenu == nullptr) {
        return;
    }
    const ChartSources sources = chartSources();
    for (QAction* action : m_copyMenu->actions()) {
        if (!action->objectName().startsWith(QLatin1String("actionCopyImage_"))) {
            continue;
        }
        const QString reason = unavailableReason(sources, static_cast<ChartKind>(action->data().toInt()));
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? action->text() : reason);
    }
}

report::ScenarioFile ScenarioDocument::currentScenario() const {
    // Without a lab page, the lab settings of the file opened last are passed through unchanged.
    const nlohmann::json lab = m_lab != nullptr ? m_lab->settings().toScenarioJson() : m_saved.lab;
    report::ScenarioFile scenario = scenarioFromExplorer(m_page->controls()->state(), m_page->controls()->model(), lab);
    if (m_pins != nullptr) {
        scenario.pinned = m_pins->toFile();
    } else {
        scenario.pinned = m_saved.pinned; // passed through, as the lab's settings
    }
    return scenario;
}

void ScenarioDocument::setPinnedScenarios(PinnedScenarios* pins) {
    m_pins = pins;
    m_saved.pinned = m_pins != nullptr ? m_pins->toFile() : m_saved.pinned;
    if (m_pins != nullptr) {
        // Pinning, unpinning and the baseline are part of the scenario: they mark it modified.
        connect(m_pins, &PinnedScenarios::changed, this, &ScenarioDocument::onChanged);
    }
}

void ScenarioDocument::exportChartAs(ChartKind kind, ImageFormat format) {
    m_page->flushDeferred();
    const ChartSources sources = chartSources();
    if (const QString reason = unavailableReason(sources, kind); !reason.isEmpty()) {
        emit message(reason);
        return;
    }
    const QString suffix = imageFormatSuffix(format);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the chart"), QDir(dialogFolder()).filePath(chartKindId(kind) + QLatin1Char('.') + suffix),
        tr("%1 image (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty()) {
        return;
    }
    ChartExportOptions options;
    options.scale = format == ImageFormat::Png ? 2.0 : 1.0;
    options.caption = chartCaption(sources, kind);
    QString error;
    if (!exportChart(sources, kind, path, format, options, &error)) {
        QMessageBox::warning(m_window, tr("Could not export the chart"), error);
        return;
    }
    emit message(tr("Exported %1.").arg(path));
}

QStringList ScenarioDocument::recentFiles() const {
    return m_settings != nullptr ? m_settings->value(Settings::Key::RecentScenarios).toStringList() : QStringList();
}

bool ScenarioDocument::openPath(const QString& path, QString* error) {
    report::ScenarioFile loaded;
    std::optional<lab::LabState> labSettings;
    std::vector<Pin> pins;
    try {
        // Read and check the whole file first, the lab's settings too: a broken file leaves the
        // current scenario (explorer and lab) as it is. Applying the explorer's part is the last
        // step that can fail (a model the engine rejects).
        loaded = report::readScenarioFile(path.toStdString(), m_page->controls()->catalog());
        // A file without lab settings (written before they were saved, or by fitscope-cli
        // report) keeps the lab as it is.
        if (!loaded.lab.empty()) {
            labSettings = lab::LabState::fromScenarioJson(loaded.lab, path.toStdString());
        }
        if (m_pins != nullptr) {
            pins = m_pins->fromFile(loaded.pinned); // a pinned model the catalog lacks fails here
        }
        applyScenario(*m_page->controls(), loaded);
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    if (labSettings && m_lab != nullptr) {
        m_lab->setSettings(*labSettings);
    }
    if (m_pins != nullptr) {
        m_pins->setPins(pins); // an older file without pins clears them
    }
    m_path = QFileInfo(path).absoluteFilePath();
    // What the panels show after clamping (a context beyond the model's limit) is the reference.
    m_saved = currentScenario();
    if (m_lab == nullptr) {
        m_saved.lab = loaded.lab;
    }
    m_modified = false;
    addRecent(m_path);
    updateTitle();
    emit opened();
    return true;
}

bool ScenarioDocument::saveTo(const QString& path, QString* error) {
    const report::ScenarioFile scenario = currentScenario();
    if (!writeText(path, report::scenarioFileToText(scenario), error)) {
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_saved = scenario;
    m_modified = false;
    addRecent(m_path);
    updateTitle();
    return true;
}

bool ScenarioDocument::exportReport(const QString& path, QString* error) {
    const catalog::Catalog& catalog = m_page->controls()->catalog();
    const report::ScenarioFile current = currentScenario();
    if (!current.pinned.empty()) {
        return exportComparison(current, path, error);
    }
    report::ReportData data;
    try {
        data = report::buildReport(currentScenario(), catalog);
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    data.model_name = m_page->controls()->modelName().toStdString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::string text;
    if (suffix == QLatin1String("csv")) {
        text = report::csvReport(data);
    } else if (suffix == QLatin1String("json")) {
        text = report::jsonReport(data).dump(2) + "\n";
    } else {
        // The chart goes next to the report, so the Markdown links it by a relative name and the
        // pair can be committed or pasted together.
        const QFileInfo info(path);
        const QString image = info.completeBaseName() + QStringLiteral("-breakdown.png");
        ChartExportOptions options;
        options.scale = 2.0;
        options.caption = scenarioCaption(*m_page);
        if (!exportChart(chartSources(), ChartKind::Breakdown, info.dir().filePath(image), ImageFormat::Png, options,
                         error)) {
            return false;
        }
        report::MarkdownOptions md;
        md.chart_image = image.toStdString();
        text = report::markdownReport(data, md);
    }
    return writeText(path, text, error);
}

bool ScenarioDocument::exportComparison(const report::ScenarioFile& scenario, const QString& path, QString* error) {
    const catalog::Catalog& catalog = m_page->controls()->catalog();
    std::vector<report::ComparedScenario> scenarios;
    report::Comparison comparison;
    try {
        std::size_t baseline = 0;
        scenarios = report::comparedScenariosOf(scenario, catalog, &baseline);
        comparison = report::compareScenarios(scenarios, baseline, scenario.unit, catalog);
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    report::ComparisonReportOptions options;
    options.title = scenario.title;
    options.generated_on = report::todayIso();
    options.generator = report::generatorName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::string text;
    if (suffix == QLatin1String("csv")) {
        text = report::comparisonCsv(comparison, options);
    } else if (suffix == QLatin1String("json")) {
        text = report::comparisonJson(comparison, scenarios, options).dump(2) + "\n";
    } else {
        // The breakdown chart shows every pinned scenario beside the live one.
        const QFileInfo info(path);
        const QString image = info.completeBaseName() + QStringLiteral("-breakdown.png");
        ChartExportOptions chart;
        chart.scale = 2.0;
        chart.caption = scenarioCaption(*m_page);
        if (!exportChart(chartSources(), ChartKind::Breakdown, info.dir().filePath(image), ImageFormat::Png, chart,
                         error)) {
            return false;
        }
        options.chart_image = image.toStdString();
        text = report::comparisonMarkdown(comparison, options);
    }
    return writeText(path, text, error);
}

QString ScenarioDocument::breakdownMarkdown() const {
    try {
        const report::ReportData data = report::buildReport(currentScenario(), m_page->controls()->catalog());
        return QString::fromStdString(report::breakdownMarkdownTable(data.results, data.file.unit));
    } catch (const std::exception&) {
        return {};
    }
}

QString ScenarioDocument::fitMatrixMarkdown() const {
    m_page->flushDeferred(); // the matrix follows the controls on a timer
    const FitMatrix& gui = m_page->fitMatrixModel()->matrix();
    report::FitMatrix matrix;
    matrix.unit = m_page->controls()->state().unit;
    for (const QString& name : gui.model_names) {
        matrix.models.push_back(name.toStdString());
    }
    for (const QString& name : gui.gpu_names) {
        matrix.gpus.push_back(name.toStdString());
    }
    for (std::size_t r = 0; r < gui.model_ids.size(); ++r) {
        std::vector<report::FitCell> row;
        for (std::size_t c = 0; c < gui.gpu_ids.size(); ++c) {
            const FitCell& cell = gui.cell(static_cast<int>(r), static_cast<int>(c));
            row.push_back({cell.per_gpu_bytes, cell.capacity_bytes, cell.verdict, cell.valid});
        }
        matrix.cells.push_back(std::move(row));
    }
    return QString::fromStdString(report::fitMatrixMarkdownTable(matrix));
}

bool ScenarioDocument::maybeSave() {
    if (!m_modified || m_path.isEmpty()) {
        // An untitled scenario is kept by the settings from one run to the next: nothing is lost.
        return true;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("The scenario %1 has changed since it was saved. Save the changes?").arg(QFileInfo(m_path).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void ScenarioDocument::open() {
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a scenario"), dialogFolder(), fileFilter());
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!openPath(path, &error)) {
        QMessageBox::warning(m_window, tr("Could not open the scenario"), error);
        return;
    }
    emit message(tr("Opened %1.").arg(path));
}

bool ScenarioDocument::save() {
    if (m_path.isEmpty()) {
        return saveAs();
    }
    QString error;
    if (!saveTo(m_path, &error)) {
        QMessageBox::warning(m_window, tr("Could not save the scenario"), error);
        return false;
    }
    emit message(tr("Saved %1.").arg(m_path));
    return true;
}

bool ScenarioDocument::saveAs() {
    const QString suggested =
        m_path.isEmpty() ? QDir(dialogFolder()).filePath(QStringLiteral("scenario.fitscope.json")) : m_path;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the scenario"), suggested, fileFilter());
    if (path.isEmpty()) {
        return false;
    }
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        path += QLatin1String(report::kScenarioExtension.data());
    }
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(m_window, tr("Could not save the scenario"), error);
        return false;
    }
    emit message(tr("Saved %1.").arg(path));
    return true;
}

void ScenarioDocument::exportChartInteractively() {
    m_page->flushDeferred(); // the speed chart and the fit matrix follow the controls on a timer
    const ChartSources sources = chartSources();
    ExportDialog dialog(m_window);
    dialog.setAvailability(sources);
    if (m_lab != nullptr && m_lab->isVisible()) {
        dialog.setChart(ChartKind::Pareto); // from the lab, its chart (when it has results)
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const ImageFormat format = dialog.format();
    const QString suffix = imageFormatSuffix(format);
    const QString suggested =
        QDir(dialogFolder()).filePath(QStringLiteral("fitscope-%1.%2").arg(chartKindId(dialog.chart()), suffix));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export the chart"), suggested,
                                                tr("%1 (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty()) {
        return;
    }
    if (imageFormatFromPath(path) != format) {
        path += QLatin1Char('.') + suffix;
    }
    ChartExportOptions options = dialog.options();
    options.caption = chartCaption(sources, dialog.chart());
    QString error;
    if (!exportChart(sources, dialog.chart(), path, format, options, &error)) {
        QMessageBox::warning(m_window, tr("Could not export the chart"), error);
        return;
    }
    emit message(tr("Exported %1.").arg(path));
}

void ScenarioDocument::exportReportInteractively() {
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export a report"), QDir(dialogFolder()).filePath(QStringLiteral("sizing.md")),
        tr("Markdown, with the chart next to it (*.md);;CSV, one row per component per GPU (*.csv);;JSON (*.json)"),
        &selected);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportReport(path, &error)) {
        QMessageBox::warning(m_window, tr("Could not export the report"), error);
        return;
    }
    emit message(tr("Exported %1.").arg(path));
}

void ScenarioDocument::copyImage(ChartKind kind) {
    m_page->flushDeferred(); // the speed chart and the fit matrix follow the controls on a timer
    const ChartSources sources = chartSources();
    if (const QString reason = unavailableReason(sources, kind); !reason.isEmpty()) {
        emit message(reason);
        return;
    }
    ChartExportOptions options;
    options.scale = 2.0; // sharp when pasted into a document on a high-DPI screen
    options.caption = chartCaption(sources, kind);
    QApplication::clipboard()->setMimeData(chartMimeData(sources, kind, options));
    emit message(tr("%1 copied as PNG and SVG.").arg(chartKindName(kind)));
}

void ScenarioDocument::copyText(const QString& text, const QString& what) {
    if (text.isEmpty()) {
        emit message(tr("Nothing to copy."));
        return;
    }
    QApplication::clipboard()->setText(text);
    emit message(tr("%1 copied as Markdown.").arg(what));
}

void ScenarioDocument::adoptCurrentAsUnmodified() {
    if (!m_path.isEmpty()) {
        return;
    }
    m_saved = currentScenario();
    m_modified = false;
    updateTitle();
}

void ScenarioDocument::onChanged() {
    const bool modified = !(currentScenario() == m_saved);
    if (modified != m_modified) {
        m_modified = modified;
        updateTitle();
    }
}

void ScenarioDocument::updateTitle() {
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    // "[*]" is where Qt puts the modified marker.
    m_window->setWindowTitle(tr("%1[*] — FitScope").arg(name));
    m_window->setWindowFilePath(m_path);
    m_window->setWindowModified(m_modified);
}

void ScenarioDocument::addRecent(const QString& path) {
    if (m_settings == nullptr) {
        return;
    }
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    m_settings->setValue(Settings::Key::RecentScenarios, recent);
    rebuildRecentMenu();
}

void ScenarioDocument::rebuildRecentMenu() {
    if (m_recentMenu == nullptr) {
        return;
    }
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (!maybeSave()) {
                return;
            }
            QString error;
            if (!openPath(path, &error)) {
                QMessageBox::warning(m_window, tr("Could not open the scenario"), error);
            }
        });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString ScenarioDocument::dialogFolder() const {
    return m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
}

} // namespace fitscope::gui
