#pragma once

#include "launch_paste_dialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace fitscope::gui {

class ExplorerHistory;
class ExplorerPage;
class LaunchPasteDialog;

// Edit → "Paste a launch command…" (and the Launch tab's button): a command line read into the
// explorer as one undo step named "Pasted command". The dialog opens with the clipboard's text when
// that is a command; it is not modal to the window's work (the explorer keeps drawing behind it).
class LaunchCommandPaste : public QObject {
    Q_OBJECT

public:
    LaunchCommandPaste(QWidget* window, ExplorerPage* page, ExplorerHistory* history);

    QAction* action() const { return m_action; }
    void addTo(QMenu* menu);

    void showDialog();
    LaunchPasteDialog* dialog() const { return m_dialog; } // null until first shown

    // Reads `command` onto the explorer (as the dialog's "Use this command" does). false, with the
    // reason as a message, when it cannot be read.
    bool apply(const QString& command);

signals:
    void message(const QString& text);

private:
    void ensureDialog();
    void applyDialog();

    QWidget* m_window = nullptr;
    ExplorerPage* m_page = nullptr;
    ExplorerHistory* m_history = nullptr;
    QAction* m_action = nullptr;
    QPointer<LaunchPasteDialog> m_dialog;
};

} // namespace fitscope::gui
