// The About box: product and library versions, and where the bundled and external assets come from.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace dmad::ui {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    // torchVersion comes from the engine's RuntimeInfo: the ui never includes torch.
    // Empty when the engine has not started yet.
    explicit AboutDialog(const QString& torchVersion, QWidget* parent = nullptr);

    static QString productVersion();  // the CMake project version
    // The versions block as plain text, for "copy to clipboard" in support requests.
    QString versionsText() const;

private:
    QString m_torchVersion;
};

}  // namespace dmad::ui
