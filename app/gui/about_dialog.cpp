#include "about_dialog.h"

#include "fitscope_version.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>
#include <qcustomplot.h>

#include <Eigen/Core>
#include <nlohmann/json.hpp>

namespace fitscope::gui {

QString AboutDialog::aboutHtml() {
    // The versions the build used, from each library's own macros.
    const QString eigen =
        QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION);
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>");
    QString html = QStringLiteral("<h2>FitScope %1</h2>").arg(QStringLiteral(FITSCOPE_VERSION));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Does this LLM fit on this GPU, at this precision and context, and why? "
                        "Memory, speed and quantization, with numbers."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("FitScope is free software: you can redistribute it and modify it under the terms of the GNU "
                        "General Public License, version 3 or (at your option) any later version "
                        "(GPL-3.0-or-later). It comes with no warranty."));
    html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(tr("Built with"));
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                .arg(tr("Library"), tr("Version"), tr("Licence"));
    html += row.arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"));
    html += row.arg(QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR), QStringLiteral("GPL-3.0"));
    html += row.arg(QStringLiteral("nlohmann_json"), json, QStringLiteral("MIT"));
    html += row.arg(QStringLiteral("Eigen"), eigen, QStringLiteral("MPL-2.0"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The component colours are the Okabe–Ito palette; the line colours are Paul Tol's muted "
                        "scheme. Both are safe for colour-blind readers."));
    return html;
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About FitScope"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/fitscope-64.png")).pixmap(64, 64));
    icon->setAccessibleName(tr("FitScope icon"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setAccessibleName(tr("About FitScope"));
    text->setAccessibleDescription(tr("Version, licence and the libraries FitScope uses."));
    text->setFrameShape(QFrame::NoFrame);
    text->setHtml(aboutHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace fitscope::gui
