#pragma once

#include <QDialog>

#include <functional>
#include <vector>

class QLineEdit;
class QTreeWidget;

namespace fitscope::gui {

// One thing the palette can do: an action of the menus (with its shortcut), or a model, GPU,
// weight format or runtime to switch to.
struct PaletteEntry {
    QString text;     // "Use the longest context that fits", "Llama-3-70B"
    QString kind;     // "Action", "Model", "GPU", "Format", "Runtime" (translated)
    QString keywords; // searched too, not shown: "breakdown svg", the catalog id
    QString shortcut; // "Ctrl+Shift+E", empty = none
    std::function<void()> run;
};

// Ctrl+K (and Ctrl+Shift+P): type a few letters of anything ("gpt-oss 120", "4090", "q4_k_m",
// "export breakdown svg", "longest context"), the best matches first (fuzzyScore), arrows to move,
// Enter to run, Escape to close. Keyboard-driven; the entries are built afresh each time it opens.
class CommandPalette : public QDialog {
    Q_OBJECT

public:
    explicit CommandPalette(QWidget* parent = nullptr);

    void setEntries(std::vector<PaletteEntry> entries);
    void popUp(); // shows it over the parent's top centre, search text cleared

    QLineEdit* search() const { return m_search; }
    QTreeWidget* list() const { return m_list; }
    // The entries shown for the current text, best first (for tests).
    QStringList shownTexts() const;
    bool runCurrent(); // runs the highlighted entry and closes; false when none

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refilter();

    QLineEdit* m_search = nullptr;
    QTreeWidget* m_list = nullptr;
    std::vector<PaletteEntry> m_entries;
};

} // namespace fitscope::gui
