#include "launch_paste_dialog.h"

#include "core/plan/command_parser.h"
#include "core/sizing/units.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fitscope::gui {

namespace {

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString count(std::int64_t n) {
    return qs(sizing::formatCount(static_cast<double>(n)));
}

// What the scenario is, in the words of the explorer's controls.
QString understood(const plan::LaunchSettings& settings, const sizing::Scenario& s) {
    QStringList parts;
    parts << LaunchPasteDialog::tr("%1 command").arg(qs(sizing::runtimeInfo(s.runtime).display_name));
    if (settings.runtime == plan::LaunchRuntime::Ollama) {
        parts[0] = LaunchPasteDialog::tr("Ollama command (sized as llama.cpp)");
    }
    parts << LaunchPasteDialog::tr("context %1 tokens per sequence").arg(count(s.context_tokens));
    parts << (s.batch == 1 ? LaunchPasteDialog::tr("1 sequence")
                           : LaunchPasteDialog::tr("%1 sequences").arg(count(s.batch)));
    parts << LaunchPasteDialog::tr("KV cache %1").arg(qs(sizing::kvFormatInfo(s.precision.kv_cache).display_name));
    if (s.gpu_count > 1) {
        parts << LaunchPasteDialog::tr("%1 GPUs").arg(s.gpu_count);
    }
    if (s.runtime == sizing::Runtime::LlamaCpp) {
        if (settings.gpu_layers) {
            parts << LaunchPasteDialog::tr("%1 layers on the GPU").arg(*settings.gpu_layers);
        }
        if (settings.flash_attention) {
            parts << (*settings.flash_attention == sizing::FlashAttention::On ? LaunchPasteDialog::tr("flash attention")
                      : *settings.flash_attention == sizing::FlashAttention::Off
                          ? LaunchPasteDialog::tr("no flash attention")
                          : LaunchPasteDialog::tr("flash attention auto"));
        }
    } else if (s.runtime == sizing::Runtime::Vllm && settings.gpu_memory_utilization) {
        parts << LaunchPasteDialog::tr("GPU memory utilization %1")
                     .arg(QLocale().toString(*settings.gpu_memory_utilization, 'g', 3));
    }
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    const std::int64_t longest = s.model ? s.model->spec.max_positions : 0;
    if (longest > 0 && s.context_tokens > longest) {
        text += QLatin1Char('\n') + LaunchPasteDialog::tr("The model holds at most %1 tokens: the explorer's context "
                                                          "stops there (the runtime would refuse the longer one).")
                                        .arg(count(longest));
    }
    if (!settings.model.empty()) {
        text +=
            QLatin1Char('\n') +
            LaunchPasteDialog::tr("Its model “%1” is not opened: the model on screen stays.").arg(qs(settings.model));
    }
    if (!settings.unknown.empty()) {
        QStringList unknown;
        for (const std::string& word : settings.unknown) {
            unknown << qs(word);
        }
        text += QLatin1Char('\n') + LaunchPasteDialog::tr("Not modelled by FitScope (kept in the command): %1")
                                        .arg(unknown.join(QLatin1Char(' ')));
    }
    return text;
}

} // namespace

LaunchPasteDialog::LaunchPasteDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("launchPasteDialog"));
    setWindowTitle(tr("Paste a Launch Command"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("A llama-server, vllm serve or ollama command line: its context, sequences, cache "
                               "types, layers and memory settings become the explorer's."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("commandEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(QStringLiteral("llama-server -m model.gguf -c 32768 -np 4 -fa on -ctk q8_0 -ctv q8_0"));
    m_edit->setAccessibleName(tr("Command line"));
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_edit, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commandStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Use this command"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("useCommandButton"));
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &LaunchPasteDialog::reparse);
    m_edit->installEventFilter(this);
    resize(680, 320);
    reparse();
}

bool LaunchPasteDialog::eventFilter(QObject* watched, QEvent* event) {
    // Enter uses the command, as in a one-line field (a command is one line to sh); Shift+Enter
    // still breaks the line for someone who types a long one.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            if (m_apply->isEnabled()) {
                accept();
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LaunchPasteDialog::setBase(const sizing::Scenario& base) {
    m_base = base;
    reparse();
}

void LaunchPasteDialog::setCommand(const QString& command) {
    m_edit->setPlainText(command);
}

QString LaunchPasteDialog::command() const {
    return m_edit->toPlainText();
}

QString LaunchPasteDialog::statusText() const {
    return m_status->text();
}

void LaunchPasteDialog::reparse() {
    m_settings.reset();
    // A command copied from a terminal or a README often spans lines joined by "\": sh reads them as one.
    QString text = m_edit->toPlainText();
    text.replace(QStringLiteral("\\\r\n"), QStringLiteral(" ")).replace(QStringLiteral("\\\n"), QStringLiteral(" "));
    text = text.trimmed();
    QString status;
    bool ok = false;
    if (text.isEmpty()) {
        status = tr("Paste or type a command.");
    } else if (!m_base.model) {
        status = tr("Choose a model first: the command's settings go on top of it.");
    } else {
        try {
            plan::LaunchSettings settings = plan::parseLaunchCommand(text.toStdString());
            m_scenario = plan::scenarioFromSettings(settings, m_base);
            status = understood(settings, m_scenario);
            m_settings = std::move(settings);
            ok = true;
        } catch (const std::exception& error) { // CommandError, or a number out of range
            status = QString::fromUtf8(error.what());
        }
    }
    m_status->setText(status);
    m_status->setStyleSheet(
        ok ? QString() : QStringLiteral("color: %1;").arg(theme::verdictColor(sizing::Verdict::DoesNotFit).name()));
    if (text.isEmpty()) {
        m_status->setStyleSheet(QString());
    }
    m_apply->setEnabled(ok);
}

} // namespace fitscope::gui
