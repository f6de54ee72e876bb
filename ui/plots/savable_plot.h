// The base of every plot panel: a QCustomPlot that saves itself as PNG, from code or from its context menu.
#pragma once

#include <QSize>
#include <QString>
#include <qcustomplot.h>

class QAction;

namespace dmad::ui {

class SavablePlot : public QCustomPlot {
    Q_OBJECT

public:
    explicit SavablePlot(QWidget* parent = nullptr);
    ~SavablePlot() override;

    // Renders the plot at `size` (the widget's size when empty, 800 x 600 when the widget has
    // never been laid out) and writes it atomically as PNG. On failure no partial file is left.
    bool savePng(const QString& path, QSize size = QSize(), QString* error = nullptr);

    // "Save Image As..." (asks for a file name) and "Copy Image"; both are in the context menu.
    QAction* saveImageAction() const { return m_saveAction; }
    QAction* copyImageAction() const { return m_copyAction; }

    QSize sizeHint() const override { return {480, 320}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

private:
    void saveWithDialog();
    void copyToClipboard();
    QSize renderSize(QSize requested) const;

    QAction* m_saveAction;
    QAction* m_copyAction;
};

}  // namespace dmad::ui
