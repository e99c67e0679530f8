#pragma once

#include "chart_export.h"
#include "core/report/scenario_file.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QMainWindow;
class QMenu;

namespace fitscope::gui {

class ExplorerPage;
class PinnedScenarios;
class Settings;

namespace lab {
class LabPage;
}

// The scenario as a document: the explorer's settings and the quantization lab's (its "lab"
// object), the .fitscope.json file they were opened from or saved to, whether either changed
// since, the recent files, and the exports (charts, reports, Markdown tables, images on the
// clipboard). The main window adds its actions to the File menu, asks maybeSave() before closing,
// and otherwise leaves it alone. The quantization lab's chart is exported from the lab page's
// results when there are some.
class ScenarioDocument : public QObject {
    Q_OBJECT

public:
    // lab and settings may be null (no lab settings kept, a file's are passed through, and no lab
    // chart to export; no recent files kept).
    ScenarioDocument(QMainWindow* window, ExplorerPage* page, lab::LabPage* lab, Settings* settings);

    void addActions(QMenu* file); // appends them, grouped, with separators

    QString filePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    // An untitled document takes what the pages show now as its unmodified state: the window restores
    // the last session's explorer settings after the document exists, and that is not an edit.
    void adoptCurrentAsUnmodified();
    report::ScenarioFile currentScenario() const;
    QStringList recentFiles() const;
    // What the chart exports draw from: the explorer page and the lab's finished results.
    ChartSources chartSources() const;

    // Without dialogs (the actions call these; tests too). On failure nothing changes (neither
    // the explorer nor the lab) and error holds one line naming the file and, for a broken file,
    // the field ("lab.rows"). A file without lab settings leaves the lab's as they are.
    bool openPath(const QString& path, QString* error);
    bool saveTo(const QString& path, QString* error);
    bool exportReport(const QString& path, QString* error); // .md (with its chart next to it), .csv, .json

    // The Markdown tables "Copy as Markdown table" puts on the clipboard.
    QString breakdownMarkdown() const;
    QString fitMatrixMarkdown() const;

    // Closing with unsaved changes to a scenario file asks to save them; false = stay open.
    bool maybeSave();

    // The pinned scenarios saved with the scenario and set from an opened file (null: none kept).
    void setPinnedScenarios(PinnedScenarios* pins);
    // The file dialog for one chart in one format (the command palette's "Export … as SVG").
    void exportChartAs(ChartKind kind, ImageFormat format);

signals:
    void message(const QString& text);
    void opened(); // a scenario file was opened: the explorer and the pins show it

private:
    void open();
    bool save();
    bool saveAs();
    void exportChartInteractively();
    void exportReportInteractively();
    void copyImage(ChartKind kind);
    // With pinned scenarios the report is their comparison (Markdown with the breakdown chart of
    // them all next to it, CSV, JSON).
    bool exportComparison(const report::ScenarioFile& scenario, const QString& path, QString* error);
    void updateCopyImageActions();
    void copyText(const QString& text, const QString& what);
    void onChanged();
    void updateTitle();
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    QString dialogFolder() const;

    QMainWindow* m_window = nullptr;
    ExplorerPage* m_page = nullptr;
    lab::LabPage* m_lab = nullptr;
    PinnedScenarios* m_pins = nullptr;
    Settings* m_settings = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_copyMenu = nullptr;
    QString m_path;
    report::ScenarioFile m_saved; // as last opened or saved: the reference for "modified"
    bool m_modified = false;
};

} // namespace fitscope::gui
