#pragma once
// The set-up the window-level GUI tests share: a main window over the built-in catalog with a fresh
// settings file of its own for each test function, so no test sees another's saved state.

#include "core/catalog/catalog.h"
#include "main_window.h"
#include "settings.h"

#include <QFile>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace fitscope::testing {

// Creates *settings at dir/<current test function>.ini (removed first) and a shown window over it;
// the caller checks QTest::qWaitForWindowExposed(). settingsPath, when given, receives the file's path.
inline std::unique_ptr<gui::MainWindow> openMainWindow(const QTemporaryDir& dir,
                                                       std::unique_ptr<gui::Settings>& settings,
                                                       QSize size = QSize(1400, 900), QString* settingsPath = nullptr) {
    const QString path = dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    if (settingsPath != nullptr) {
        *settingsPath = path;
    }
    settings = std::make_unique<gui::Settings>(path);
    auto window = std::make_unique<gui::MainWindow>(catalog::Catalog::builtIn(), settings.get());
    window->resize(size);
    window->show();
    return window;
}

// The child of root named name; a test cannot go on without it, so a missing one ends the run.
template <typename T>
T* findNamed(const QObject* root, const char* name) {
    T* child = root->findChild<T*>(QLatin1String(name));
    if (child == nullptr) {
        qFatal("no widget named %s", name);
    }
    return child;
}

} // namespace fitscope::testing
