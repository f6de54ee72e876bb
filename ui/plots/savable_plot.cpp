#include "ui/plots/savable_plot.h"
#include "ui/plots/png_file.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMessageBox>

namespace dmad::ui {
namespace {

constexpr int kMinRenderSide = 50;
const QSize kFallbackRenderSize(800, 600);

void setError(QString* error, const QString& message) {
    if (error) *error = message;
}

}  // namespace

SavablePlot::SavablePlot(QWidget* parent) : QCustomPlot(parent) {
    // Tick labels in the user's number format, like every figure in the titles and tables.
    setLocale(QLocale());
    m_saveAction = new QAction(tr("Save Image As..."), this);
    connect(m_saveAction, &QAction::triggered, this, &SavablePlot::saveWithDialog);
    m_copyAction = new QAction(tr("Copy Image"), this);
    connect(m_copyAction, &QAction::triggered, this, &SavablePlot::copyToClipboard);
    addAction(m_saveAction);
    addAction(m_copyAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

SavablePlot::~SavablePlot() = default;

QSize SavablePlot::renderSize(QSize requested) const {
    if (!requested.isEmpty()) return requested;
    if (width() >= kMinRenderSide && height() >= kMinRenderSide && testAttribute(Qt::WA_Resized)) return size();
    return kFallbackRenderSize;
}

bool SavablePlot::savePng(const QString& path, QSize size, QString* error) {
    const QSize target = renderSize(size);
    const QImage image = toPixmap(target.width(), target.height()).toImage();
    if (image.isNull()) {
        setError(error, tr("The plot could not be rendered."));
        return false;
    }
    return writePngAtomically(image, path, error);
}

void SavablePlot::saveWithDialog() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save Plot"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) path += QLatin1String(".png");
    QString error;
    if (!savePng(path, QSize(), &error)) QMessageBox::warning(this, tr("Save Plot"), error);
}

void SavablePlot::copyToClipboard() {
    QApplication::clipboard()->setPixmap(toPixmap());
}

}  // namespace dmad::ui
