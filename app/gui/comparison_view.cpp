#include "comparison_view.h"

#include "comparison_text.h"
#include "theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <vector>

namespace fitscope::gui {

namespace {

constexpr int kBestRole = Qt::UserRole + 1;

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("comparisonView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    auto* top = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("hint"));
    m_note->setWordWrap(true);
    top->addWidget(m_note, 1);
    m_showAll = new QCheckBox(tr("Show all inputs"), this);
    m_showAll->setObjectName(QStringLiteral("showAllInputs"));
    m_showAll->setToolTip(tr("Lists every input, not only those that differ between the scenarios."));
    top->addWidget(m_showAll);
    layout->addLayout(top);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison of the scenarios"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    // Rows are sized by rebuild() where their text changed, not by the header on every cell change:
    // ResizeToContents measures every cell of the table for each changed one, quadratic in cells,
    // and a slider step changes a whole column.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    connect(m_showAll, &QCheckBox::toggled, this, &ComparisonView::rebuild);
    // A wider or narrower column wraps its cells differently.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    rebuild();
}

void ComparisonView::setComparison(const report::Comparison& comparison, int liveColumn) {
    m_comparison = comparison;
    m_liveColumn = liveColumn;
    rebuild();
}

int ComparisonView::rowOf(const std::string& id) const {
    // Inputs and results share some ids ("weights"): inputs come before the results' section row.
    const auto results = std::find(m_rowIds.begin(), m_rowIds.end(), std::string("#results"));
    const auto it = std::find(m_rowIds.begin(), results, id);
    return it == results ? -1 : static_cast<int>(it - m_rowIds.begin());
}

int ComparisonView::resultRowOf(const std::string& id) const {
    const auto results = std::find(m_rowIds.begin(), m_rowIds.end(), std::string("#results"));
    const auto it = std::find(results, m_rowIds.end(), id);
    return it == m_rowIds.end() ? -1 : static_cast<int>(it - m_rowIds.begin());
}

QString ComparisonView::cellText(int row, int column) const {
    const QTableWidgetItem* item = m_table->item(row, column);
    return item != nullptr ? item->text() : QString();
}

bool ComparisonView::isBest(int row, int column) const {
    const QTableWidgetItem* item = m_table->item(row, column);
    return item != nullptr && item->data(kBestRole).toBool();
}

void ComparisonView::rebuild() {
    const report::Comparison& c = m_comparison;
    const int columns = static_cast<int>(c.names.size());
    const bool all = m_showAll->isChecked();
    if (columns < 2) {
        m_note->setText(tr("Pin a scenario (Ctrl+P), change the controls, and the two are compared here; pin more "
                           "to compare up to eight, and star one as the baseline."));
    } else {
        m_note->setText(tr("Differences are from %1; the better value of each row is in bold. Memory is per GPU on "
                           "each scenario's primary GPU.")
                            .arg(QString::fromStdString(c.names.at(c.baseline))));
    }
    m_rowIds.clear();
    int rows = 0;
    for (const report::InputRow& input : c.inputs) {
        rows += (all || input.differs) ? 1 : 0;
    }
    rows += static_cast<int>(c.results.size()) + 2; // two section rows
    // Reuse the items: a slider step changes the live column's texts only, so only values that
    // differ are set (each set is a model change) and only rows whose text changed are re-measured.
    m_table->setUpdatesEnabled(false);
    const bool reshaped = m_table->columnCount() != columns || m_table->rowCount() != rows;
    m_table->setColumnCount(columns);
    m_table->setRowCount(rows);
    std::vector<bool> textChanged(static_cast<std::size_t>(rows), reshaped);
    QStringList headers;
    for (int i = 0; i < columns; ++i) {
        QString name = QString::fromStdString(c.names[static_cast<std::size_t>(i)]);
        if (i == m_liveColumn) {
            name = tr("%1 (live)").arg(name);
        }
        if (static_cast<std::size_t>(i) == c.baseline && columns > 1) {
            name = tr("★ %1 (baseline)").arg(name);
        }
        headers << name;
    }
    for (int i = 0; i < columns; ++i) {
        QTableWidgetItem* header = m_table->horizontalHeaderItem(i);
        if (header == nullptr || header->text() != headers[i]) {
            m_table->setHorizontalHeaderItem(i, new QTableWidgetItem(headers[i]));
        }
    }
    QStringList rowHeaders;
    int r = 0;
    // Sets one role of a cell when its value differs; says whether it did.
    const auto set = [](QTableWidgetItem* item, int role, const QVariant& value) {
        if (item->data(role) == value) {
            return false;
        }
        item->setData(role, value);
        return true;
    };
    const auto cell = [this](int row, int column) {
        QTableWidgetItem* item = m_table->item(row, column);
        if (item == nullptr) {
            item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        return item;
    };
    QFont bold = m_table->font();
    bold.setBold(true);
    const auto section = [&](const QString& title, const std::string& id) {
        rowHeaders << title;
        m_rowIds.push_back(id);
        for (int col = 0; col < columns; ++col) {
            QTableWidgetItem* item = cell(r, col);
            if (set(item, Qt::DisplayRole, QString())) {
                textChanged[static_cast<std::size_t>(r)] = true;
            }
            set(item, kBestRole, false);
            set(item, Qt::BackgroundRole, palette().alternateBase());
        }
        ++r;
    };
    section(all ? tr("Inputs") : tr("Inputs that differ"), "#inputs");
    for (const report::InputRow& input : c.inputs) {
        if (!all && !input.differs) {
            continue;
        }
        rowHeaders << comparisonInputLabel(input.id, input.label);
        m_rowIds.push_back(input.id);
        for (int col = 0; col < columns; ++col) {
            QTableWidgetItem* item = cell(r, col);
            const bool text =
                set(item, Qt::DisplayRole, comparisonValueText(input.values[static_cast<std::size_t>(col)]));
            const bool font = set(item, Qt::FontRole, m_table->font());
            if (text || font) {
                textChanged[static_cast<std::size_t>(r)] = true;
            }
            set(item, kBestRole, false);
            set(item, Qt::BackgroundRole, input.differs ? QBrush(theme::kAccent.lighter(190)) : QBrush());
            set(item, Qt::ForegroundRole, palette().text());
        }
        ++r;
    }
    section(tr("Results"), "#results");
    for (const report::ResultRow& result : c.results) {
        rowHeaders << comparisonResultLabel(result.id, result.label);
        m_rowIds.push_back(result.id);
        for (int col = 0; col < columns; ++col) {
            const report::ResultCell& rc = result.cells[static_cast<std::size_t>(col)];
            QTableWidgetItem* item = cell(r, col);
            QString text = comparisonValueText(rc.text);
            if (rc.best) {
                text = QStringLiteral("✓ ") + text;
            }
            if (!rc.delta.empty()) {
                text += QLatin1Char('\n') + comparisonValueText(rc.delta);
            }
            const bool textSet = set(item, Qt::DisplayRole, text);
            const bool fontSet = set(item, Qt::FontRole, rc.best ? bold : m_table->font());
            if (textSet || fontSet) {
                textChanged[static_cast<std::size_t>(r)] = true;
            }
            set(item, kBestRole, rc.best);
            set(item, Qt::BackgroundRole, QBrush());
            set(item, Qt::ForegroundRole,
                rc.best ? QBrush(theme::verdictColor(sizing::Verdict::Fits)) : palette().text());
        }
        ++r;
    }
    for (int row = 0; row < rows; ++row) {
        QTableWidgetItem* header = m_table->verticalHeaderItem(row);
        if (header == nullptr || header->text() != rowHeaders[row]) {
            m_table->setVerticalHeaderItem(row, new QTableWidgetItem(rowHeaders[row]));
            textChanged[static_cast<std::size_t>(row)] = true;
        }
    }
    for (int row = 0; row < rows; ++row) {
        if (textChanged[static_cast<std::size_t>(row)]) {
            m_table->resizeRowToContents(row);
        }
    }
    m_table->setUpdatesEnabled(true);
}

} // namespace fitscope::gui
