#include "ui/main/review_docks.h"

#include "ui/review/analysis_panel.h"
#include "ui/review/audit_log_view.h"
#include "ui/review/review_queue.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>

// Texts that moved here from the main window keep its translation context, so they stay translated.
namespace dmad::ui {

ReviewDocks::ReviewDocks(QMainWindow* window, QDockWidget* tabWith, Session* session)
    : QObject(window), m_session(session) {
    const auto make = [window, tabWith](const char* name, const QString& title) {
        auto* dock = new QDockWidget(title, window);
        dock->setObjectName(QLatin1String(name));
        window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        window->tabifyDockWidget(tabWith, dock);
        return dock;
    };
    m_queueDock = make("reviewQueueDock", QCoreApplication::translate("dmad::ui::MainWindow", "Review Queue"));
    m_analysisDock = make("analysisDock", QCoreApplication::translate("dmad::ui::MainWindow", "Analysis"));
    m_auditDock = make("auditLogDock", QCoreApplication::translate("dmad::ui::MainWindow", "Audit Log"));
    close();
}

void ReviewDocks::open(project::ProjectStore& store) {
    close();
    m_queue = new ReviewQueue(store, *m_session);
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_analysis = new AnalysisPanel(store, *m_session);
    m_analysis->setObjectName(QStringLiteral("analysisPanel"));
    m_audit = new AuditLogView(store);
    m_audit->setObjectName(QStringLiteral("auditLog"));
    m_queueDock->setWidget(m_queue);
    m_analysisDock->setWidget(m_analysis);
    m_auditDock->setWidget(m_audit);
    connect(m_queue, &ReviewQueue::imageActivated, this, &ReviewDocks::imageActivated);
    connect(m_queue, &ReviewQueue::labelsChanged, this, [this](const QVector<qint64>& ids) {
        m_analysis->reload();
        m_audit->refresh();
        Q_EMIT labelsChanged(ids);
    });
    connect(m_analysis, &AnalysisPanel::thresholdChanged, m_queue, &ReviewQueue::setCategoryThreshold);
    connect(m_analysis, &AnalysisPanel::thresholdChanged, this, [this](qint64 categoryId, double threshold) {
        m_audit->refresh();
        Q_EMIT thresholdChanged(categoryId, threshold);
    });
}

void ReviewDocks::close() {
    // Deleted at once (not later): they hold references to the store that is about to go.
    for (QDockWidget* dock : docks()) {
        auto* note =
            new QLabel(QCoreApplication::translate("dmad::ui::MainWindow", "Open a project to see this."), dock);
        note->setAlignment(Qt::AlignCenter);
        note->setEnabled(false);
        delete dock->widget();
        dock->setWidget(note);
    }
    m_queue = nullptr;
    m_analysis = nullptr;
    m_audit = nullptr;
}

void ReviewDocks::followImage(qint64 imageId) {
    if (m_queue) m_queue->selectImage(imageId);
}

void ReviewDocks::imageLabelChanged(qint64 imageId) {
    if (m_queue) m_queue->refreshImage(imageId);
    if (m_analysis) m_analysis->reload();  // labels are the analysis' ground truth
    if (m_audit) m_audit->refresh();
}

void ReviewDocks::projectContentsChanged() {
    if (m_queue) m_queue->reload();
    if (m_analysis) m_analysis->reload();
    if (m_audit) m_audit->refresh();
}

void ReviewDocks::showCategory(std::optional<qint64> categoryId) {
    if (m_queue) m_queue->showCategory(categoryId);
    if (m_analysis && categoryId) m_analysis->setCategory(*categoryId);
}

void ReviewDocks::setDefaultThreshold(double threshold) {
    if (m_queue) m_queue->setDefaultThreshold(threshold);
    if (m_analysis) m_analysis->setDefaultThreshold(threshold);
}

}  // namespace dmad::ui
