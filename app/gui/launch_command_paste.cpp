#include "launch_command_paste.h"

#include "control_panel.h"
#include "explorer_history.h"
#include "explorer_page.h"
#include "launch_panel.h"
#include "launch_paste_dialog.h"
#include "launch_scenario.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPushButton>

namespace fitscope::gui {

namespace {

// A clipboard text worth offering: one that starts like a command FitScope reads.
bool looksLikeCommand(const QString& text) {
    const QString t = text.trimmed();
    for (const char* program :
         {"llama-", "./llama-", "vllm ", "python", "ollama ", "CUDA_VISIBLE_DEVICES=", "OLLAMA_", "VLLM_"}) {
        if (t.startsWith(QLatin1String(program))) {
            return true;
        }
    }
    return t.contains(QLatin1String("/llama-"));
}

} // namespace

LaunchCommandPaste::LaunchCommandPaste(QWidget* window, ExplorerPage* page, ExplorerHistory* history)
    : QObject(window)
    , m_window(window)
    , m_page(page)
    , m_history(history) {
    m_action = new QAction(tr("Paste a launch &command…"), this);
    m_action->setObjectName(QStringLiteral("actionPasteLaunchCommand"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Alt+V")));
    m_action->setToolTip(tr("Reads a llama-server, vllm serve or ollama command line into the explorer."));
    connect(m_action, &QAction::triggered, this, &LaunchCommandPaste::showDialog);
    connect(page->launchPanel(), &LaunchPanel::pasteRequested, this, &LaunchCommandPaste::showDialog);
}

void LaunchCommandPaste::addTo(QMenu* menu) {
    menu->addAction(m_action);
}

void LaunchCommandPaste::ensureDialog() {
    if (!m_dialog) {
        m_dialog = new LaunchPasteDialog(m_window);
        connect(m_dialog, &QDialog::accepted, this, &LaunchCommandPaste::applyDialog);
    }
}

void LaunchCommandPaste::showDialog() {
    ensureDialog();
    m_dialog->setBase(m_page->primaryScenario());
    const QString clip = QApplication::clipboard()->text();
    if (looksLikeCommand(clip)) {
        m_dialog->setCommand(clip.trimmed());
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void LaunchCommandPaste::applyDialog() {
    if (m_dialog && m_dialog->settings()) {
        ControlPanel* controls = m_page->controls();
        const ExplorerState state =
            stateFromLaunchCommand(controls->state(), *m_dialog->settings(), m_dialog->scenario());
        m_history->nameNextChange(tr("Pasted command"));
        controls->setStateWithModel(state, controls->model(), controls->modelFileInfo());
        const std::size_t unknown = m_dialog->settings()->unknown.size();
        emit message(unknown == 0 ? tr("Read the command into the explorer.")
                                  : tr("Read the command into the explorer; FitScope does not model %1 of its "
                                       "words (listed in the dialog).")
                                        .arg(unknown));
    }
}

bool LaunchCommandPaste::apply(const QString& command) {
    ensureDialog();
    m_dialog->setBase(m_page->primaryScenario());
    m_dialog->setCommand(command);
    if (!m_dialog->settings()) {
        emit message(m_dialog->statusText());
        return false;
    }
    applyDialog();
    return true;
}

} // namespace fitscope::gui
