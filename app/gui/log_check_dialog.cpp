#include "log_check_dialog.h"

#include "core/sizing/estimator.h"
#include "core/sizing/units.h"
#include "theme.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace fitscope::gui {

using logs::ComparedFigure;
using logs::FigureUnit;

// A log read on the worker thread, for the text of one generation.
struct LogCheckDialog::Parsed {
    std::string text;
    logs::RuntimeLog log;
    int generation = 0;
};

namespace {

// Logs are pasted whole: wait for the paste (or the typing) to pause before reading.
constexpr int kDebounceMs = 250;

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString mib(double bytes) {
    return LogCheckDialog::tr("%1 MiB").arg(QLocale().toString(bytes / 1048576.0, 'f', 1));
}

QString valueText(FigureUnit unit, double v) {
    switch (unit) {
    case FigureUnit::Bytes:
        return mib(v);
    case FigureUnit::Tokens:
        return LogCheckDialog::tr("%1 tokens").arg(QLocale().toString(std::llround(v)));
    case FigureUnit::Ratio:
        return LogCheckDialog::tr("%1×").arg(QLocale().toString(v, 'f', 2));
    }
    return {};
}

QString signedValueText(FigureUnit unit, double v) {
    return (v > 0 ? QStringLiteral("+") : QString()) + valueText(unit, v);
}

QString percentText(double ratio) {
    return QStringLiteral("%1%2 %").arg(ratio > 0 ? QStringLiteral("+") : QString(),
                                        QLocale().toString(ratio * 100.0, 'f', 1));
}

QString verdictWords(const std::string& verdict) {
    if (verdict == "starts") {
        return LogCheckDialog::tr("starts");
    }
    if (verdict == "does_not_start") {
        return LogCheckDialog::tr("does not start");
    }
    if (verdict == "fits") {
        return LogCheckDialog::tr("fits");
    }
    if (verdict == "does_not_fit") {
        return LogCheckDialog::tr("does not fit");
    }
    return qs(verdict);
}

} // namespace

LogCheckDialog::LogCheckDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("logCheckDialog"));
    setWindowTitle(tr("Check a Runtime Log"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* hint = new QLabel(tr("Paste a vLLM, llama.cpp or Ollama start-up log (or open one): FitScope sizes the "
                               "scenario it shows with the explorer's model and compares every figure."),
                            this);
    hint->setWordWrap(true);
    top->addWidget(hint, 1);
    auto* open = new QPushButton(tr("&Open log file…"), this);
    open->setObjectName(QStringLiteral("openLogButton"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Runtime Log"), QString(),
                                                          tr("Logs (*.log *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            openLogFile(path);
        }
    });
    top->addWidget(open);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("logEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setPlaceholderText(tr("INFO … model weights take 14.99GiB; non_torch_memory takes 0.19GiB; …"));
    m_edit->setAccessibleName(tr("Runtime log"));
    splitter->addWidget(m_edit);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(results);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultsLayout->addWidget(m_status);
    m_scenarioLabel = new QLabel(results);
    m_scenarioLabel->setObjectName(QStringLiteral("logScenario"));
    m_scenarioLabel->setWordWrap(true);
    m_scenarioLabel->setTextFormat(Qt::PlainText);
    m_scenarioLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultsLayout->addWidget(m_scenarioLabel);
    m_verdict = new QLabel(results);
    m_verdict->setObjectName(QStringLiteral("logVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    resultsLayout->addWidget(m_verdict);

    auto* figures = new QSplitter(Qt::Horizontal, results);
    m_chart = new QCustomPlot(figures);
    m_chart->setObjectName(QStringLiteral("logChart"));
    m_chart->setMinimumSize(360, 220);
    theme::styleAxes(m_chart);
    theme::stylePlotFrame(m_chart);
    // The legend in a row of its own above the bars, so it never covers one.
    m_chart->legend->setVisible(true);
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_chart->legend->setBrush(Qt::NoBrush);
    m_chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(0, 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(0, 0.001);
    m_chart->xAxis->setLabel(tr("MiB"));
    figures->addWidget(m_chart);
    m_table = new QTableWidget(0, 6, figures);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Figure"), tr("Device"), tr("Measured"), tr("Predicted"), tr("Difference"), tr("%")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    figures->addWidget(m_table);
    figures->setStretchFactor(0, 1);
    figures->setStretchFactor(1, 1);
    figures->setSizes({600, 580}); // the table's six columns fit without scrolling
    resultsLayout->addWidget(figures, 1);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Copy as &Markdown"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyLogTableButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(markdownTable()); });
    m_save = buttons->addButton(tr("&Save chart…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveLogChartButton"));
    connect(m_save, &QPushButton::clicked, this, &LogCheckDialog::saveChart);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LogCheckDialog::startReading);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        ++m_generation;
        m_debounce.start();
    });
    resize(1200, 780);
    showCheck();
}

LogCheckDialog::~LogCheckDialog() {
    // A worker still reading holds only its own copy of the text; its result is dropped (generation).
    ++m_generation;
}

void LogCheckDialog::setBase(const sizing::Scenario& base, const QString& model_name) {
    m_base = base;
    m_modelName = model_name;
    compare();
    showCheck();
}

void LogCheckDialog::setLogText(const QString& text) {
    m_edit->setPlainText(text);
}

bool LogCheckDialog::openLogFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        showCheck();
        return false;
    }
    // One byte past the readers' limit, so they can say the log was cut.
    const QByteArray bytes = file.read(static_cast<qint64>(logs::kMaxLogBytes) + 1);
    setLogText(QString::fromUtf8(bytes));
    return true;
}

bool LogCheckDialog::reading() const {
    return m_debounce.isActive() || m_running > 0;
}

void LogCheckDialog::readNow() {
    m_debounce.stop();
    auto parsed = std::make_shared<Parsed>();
    parsed->text = m_edit->toPlainText().toStdString();
    parsed->generation = m_generation;
    parsed->log = logs::parseRuntimeLog(parsed->text);
    finishReading(parsed);
}

void LogCheckDialog::startReading() {
    auto parsed = std::make_shared<Parsed>();
    parsed->text = m_edit->toPlainText().toStdString();
    parsed->generation = m_generation;
    m_status->setText(tr("Reading the log…"));
    ++m_running;
    QThread* worker = QThread::create([parsed] { parsed->log = logs::parseRuntimeLog(parsed->text); });
    worker->setObjectName(QStringLiteral("logCheckWorker"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, parsed] {
        --m_running;
        finishReading(parsed);
    });
    worker->start();
}

void LogCheckDialog::finishReading(const std::shared_ptr<Parsed>& parsed) {
    if (parsed->generation != m_generation) {
        return; // the text changed while it was read: a newer read follows
    }
    m_log = std::make_shared<const logs::RuntimeLog>(std::move(parsed->log));
    compare();
    showCheck();
    emit checked();
}

void LogCheckDialog::compare() {
    m_check.reset();
    m_scenario.reset();
    m_problem.clear();
    if (!m_log) {
        return;
    }
    if (!m_log->usable()) {
        m_problem = tr("Not a runtime log FitScope can read.");
        return;
    }
    if (!m_base.model) {
        m_problem = tr("Choose the model that ran in the explorer first.");
        return;
    }
    sizing::Scenario s = m_base;
    const logs::ScenarioNotes notes = logs::applyLogToScenario(*m_log, s, {});
    if (!s.gpu) {
        m_problem = tr("The log does not print the GPU's memory: select the GPU it ran on in the explorer.");
        return;
    }
    try {
        const sizing::Estimate e = sizing::estimate(s);
        m_check = logs::compareLogWithEstimate(*m_log, s, e);
    } catch (const std::exception& error) {
        m_problem = tr("FitScope cannot size the scenario of this log: %1").arg(QString::fromUtf8(error.what()));
        return;
    }
    m_scenario = s;
    QStringList lines;
    lines << tr("Scenario: %1, %2, context %3 × %4, %5 × %6 (%7).")
                 .arg(m_modelName, qs(sizing::runtimeInfo(s.runtime).display_name),
                      QLocale().toString(static_cast<qlonglong>(s.context_tokens)),
                      QLocale().toString(static_cast<qlonglong>(s.batch)), QString::number(s.gpu_count),
                      qs(s.gpu->display_name), mib(static_cast<double>(s.gpu->capacityBytes())));
    const auto join = [](const std::vector<std::string>& items) {
        QStringList out;
        for (const std::string& item : items) {
            out << qs(item);
        }
        return out.join(QStringLiteral("; "));
    };
    if (!notes.from_log.empty()) {
        lines << tr("From the log: %1.").arg(join(notes.from_log));
    }
    if (!notes.log_overrides.empty()) {
        lines << tr("The log wins over the explorer: %1.").arg(join(notes.log_overrides));
    }
    if (!notes.assumed.empty()) {
        lines << tr("Not in the log, taken from the explorer: %1.").arg(join(notes.assumed));
    }
    m_scenarioLabel->setProperty("notes", lines.join(QLatin1Char('\n')));
}

void LogCheckDialog::showCheck() {
    // What the log is.
    QString status;
    if (!m_log) {
        status =
            m_edit->toPlainText().trimmed().isEmpty() ? tr("Paste a log or open a log file.") : tr("Reading the log…");
    } else {
        // What the runtime log is and lacks; the figures it holds are the table's rows.
        QStringList lines;
        bool figureList = false;
        for (const QString& line : qs(logs::describeRuntimeLog(*m_log)).split(QLatin1Char('\n'))) {
            if (line == QLatin1String("Found:")) {
                figureList = true;
                continue;
            }
            if (figureList && line.startsWith(QLatin1String("  "))) {
                continue;
            }
            figureList = false;
            lines << line;
        }
        status = lines.join(QLatin1Char('\n'));
        m_status->setToolTip(qs(logs::describeRuntimeLog(*m_log)));
    }
    if (!m_problem.isEmpty()) {
        status = m_problem + QLatin1Char('\n') + status;
    }
    m_status->setText(status.trimmed());
    m_status->setStyleSheet(
        m_problem.isEmpty()
            ? QString()
            : QStringLiteral("color: %1;").arg(theme::verdictColor(sizing::Verdict::DoesNotFit).name()));
    m_scenarioLabel->setText(m_check ? m_scenarioLabel->property("notes").toString() : QString());
    m_scenarioLabel->setVisible(m_check.has_value());

    // The verdicts.
    QString verdict;
    if (m_check) {
        verdict = tr("FitScope predicts: %1")
                      .arg(m_check->verdict.empty() ? tr("no verdict") : verdictWords(m_check->verdict));
        if (!m_check->measured_verdict.empty()) {
            verdict += m_check->measured_verdict == m_check->verdict
                           ? tr("; the log shows: %1 (agrees)").arg(verdictWords(m_check->measured_verdict))
                           : tr("; the log shows: %1 (disagrees)").arg(verdictWords(m_check->measured_verdict));
        }
        if (m_check->predicted_max_model_len) {
            verdict += tr("; estimated maximum model length %1")
                           .arg(QLocale().toString(static_cast<qlonglong>(*m_check->predicted_max_model_len)));
        }
    }
    m_verdict->setText(verdict);
    m_verdict->setVisible(!verdict.isEmpty());

    // The table: every compared figure.
    const std::vector<ComparedFigure> none;
    const std::vector<ComparedFigure>& figures = m_check ? m_check->figures : none;
    m_table->setRowCount(static_cast<int>(figures.size()));
    for (int row = 0; row < static_cast<int>(figures.size()); ++row) {
        const ComparedFigure& f = figures[static_cast<std::size_t>(row)];
        const auto cell = [this, row](int column, const QString& text, bool number) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(0, qs(f.field), false)->setToolTip(qs(f.note));
        cell(1, f.device.empty() ? QStringLiteral("–") : qs(f.device), false);
        cell(2, valueText(f.unit, f.measured), true);
        cell(3, f.predicted ? valueText(f.unit, *f.predicted) : QStringLiteral("–"), true)->setToolTip(qs(f.note));
        cell(4, f.difference() ? signedValueText(f.unit, *f.difference()) : QStringLiteral("–"), true);
        const auto r = f.relativeError();
        QTableWidgetItem* pct = cell(5, r ? percentText(*r) : QStringLiteral("–"), true);
        if (r && std::abs(*r) > 0.05) {
            pct->setForeground(
                theme::verdictColor(std::abs(*r) > 0.25 ? sizing::Verdict::DoesNotFit : sizing::Verdict::Tight));
        }
    }

    // The chart: the byte figures FitScope predicts, measured beside predicted, one row each (the
    // field names are long: horizontal bars keep them readable), first figure on top.
    m_chart->clearPlottables();
    m_chart->clearItems();
    m_drawnLabels.clear();
    auto* group = new QCPBarsGroup(m_chart);
    auto* measured = new QCPBars(m_chart->yAxis, m_chart->xAxis);
    measured->setName(tr("Measured"));
    measured->setPen(Qt::NoPen);
    measured->setBrush(QColor(0x9a, 0xa4, 0xae));
    auto* predicted = new QCPBars(m_chart->yAxis, m_chart->xAxis);
    predicted->setName(tr("Predicted by FitScope"));
    predicted->setPen(Qt::NoPen);
    predicted->setBrush(ComponentColors::color(Component::Weights));
    for (QCPBars* bars : {predicted, measured}) {
        bars->setWidth(0.38);
        bars->setBarsGroup(group);
    }
    std::vector<const ComparedFigure*> drawn;
    for (const ComparedFigure& f : figures) {
        if (f.unit == FigureUnit::Bytes && f.predicted) {
            drawn.push_back(&f);
        }
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 0;
    const int rows = static_cast<int>(drawn.size());
    for (int i = 0; i < rows; ++i) {
        const ComparedFigure& f = *drawn[static_cast<std::size_t>(i)];
        const double position = rows - i; // the first figure at the top
        const QString label = f.device.empty() ? qs(f.field) : qs(f.field) + QLatin1Char('\n') + qs(f.device);
        ticker->addTick(position, label);
        m_drawnLabels << label;
        measured->addData(position, f.measured / 1048576.0);
        predicted->addData(position, *f.predicted / 1048576.0);
        top = std::max({top, f.measured / 1048576.0, *f.predicted / 1048576.0});
        auto* text = new QCPItemText(m_chart);
        text->position->setCoords(std::max(f.measured, *f.predicted) / 1048576.0, position);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setPadding(QMargins(6, 0, 0, 0));
        const auto r = f.relativeError();
        text->setText(signedValueText(FigureUnit::Bytes, *f.difference()) +
                      (r ? QStringLiteral(" (") + percentText(*r) + QLatin1Char(')') : QString()));
        text->setFont(m_chart->xAxis->tickLabelFont());
        text->setColor(theme::colors().ink);
    }
    m_chart->yAxis->setTicker(ticker);
    m_chart->yAxis->setRange(0.4, rows + 0.6);
    // Room on the right for the largest bar's difference label.
    m_chart->xAxis->setRange(0, top > 0 ? top * 1.45 : 1);
    m_chart->replot();
    m_copy->setEnabled(!figures.empty());
    m_save->setEnabled(rows > 0);
}

QString LogCheckDialog::statusText() const {
    return m_status->text();
}

QString LogCheckDialog::scenarioText() const {
    return m_scenarioLabel->text();
}

QString LogCheckDialog::verdictText() const {
    return m_verdict->text();
}

QString LogCheckDialog::markdownTable() const {
    QString out = QStringLiteral(
        "| Figure | Device | Measured | Predicted | Difference | %% |\n| --- | --- | ---: | ---: | ---: | ---: |\n");
    out.replace(QStringLiteral("%%"), QStringLiteral("%"));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            cells << m_table->item(row, column)->text().replace(QLatin1Char('|'), QStringLiteral("\\|"));
        }
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    if (!m_verdict->text().isEmpty()) {
        out += QLatin1Char('\n') + m_verdict->text() + QLatin1Char('\n');
    }
    return out;
}

void LogCheckDialog::saveChart() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save the Comparison Chart"), QStringLiteral("log-check.png"),
                                                tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(m_chart->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_chart->size()));
        QCPPainter painter(&svg);
        m_chart->toPainter(&painter, m_chart->width(), m_chart->height());
        ok = painter.end();
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_chart->savePdf(path);
    } else {
        if (suffix != QLatin1String("png")) {
            path += QStringLiteral(".png");
        }
        ok = m_chart->savePng(path, 0, 0, 2.0);
    }
    if (!ok) {
        m_status->setText(tr("Could not write %1.").arg(QFileInfo(path).fileName()) + QLatin1Char('\n') +
                          m_status->text());
    }
}

} // namespace fitscope::gui
