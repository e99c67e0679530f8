#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

class QWidget;

namespace fitscope::gui {

// The terms a reader of FitScope meets (KV cache, overhead, GQA, group size, bits per weight,
// tensor parallelism, ...), each with a one-line tooltip and a short "What's this?" paragraph.
// The help guide lists them all; attach() puts them on the controls that use them.
class Glossary {
    Q_DECLARE_TR_FUNCTIONS(Glossary)

public:
    struct Term {
        QString id;      // "kv_cache"
        QString name;    // "KV cache" (translated)
        QString tooltip; // one line
        QString details; // a paragraph, rich text
    };

    static std::vector<Term> terms();
    static Term term(const QString& id);

    // Sets What's This on the widgets under root that use a term, found by object name (the
    // explorer's controls and charts), and the tooltip where a widget has none yet.
    // Returns the number of widgets given a text.
    static int attach(QWidget* root);
    // The What's This text of one term: name, paragraph.
    static QString whatsThis(const QString& id);
};

} // namespace fitscope::gui
