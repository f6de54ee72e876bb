// The review queue, analysis and audit log docks: made when a project opens, emptied before it closes.
#pragma once

#include <QObject>
#include <QVector>
#include <optional>

class QDockWidget;
class QMainWindow;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class AnalysisPanel;
class AuditLogView;
class ReviewQueue;
class Session;

// The docks exist from the start (the saved layout names them) and hold a note until a project is
// open; the widgets in them keep references to the project and go (at once) before it closes. What
// happens in them comes out as signals; what happens elsewhere comes in through the slots.
class ReviewDocks : public QObject {
    Q_OBJECT

public:
    // Adds the three docks to `window`, tabbed with `tabWith`.
    ReviewDocks(QMainWindow* window, QDockWidget* tabWith, Session* session);

    void open(project::ProjectStore& store);
    void close();

    ReviewQueue* queue() const { return m_queue; }  // null while no project is open
    AnalysisPanel* analysis() const { return m_analysis; }
    AuditLogView* audit() const { return m_audit; }
    QDockWidget* queueDock() const { return m_queueDock; }
    QVector<QDockWidget*> docks() const { return {m_queueDock, m_analysisDock, m_auditDock}; }

public Q_SLOTS:
    void followImage(qint64 imageId);        // the window shows this image now
    void imageLabelChanged(qint64 imageId);  // elsewhere (canvas, browser)
    void projectContentsChanged();           // an import, a new model, new scores
    void showCategory(std::optional<qint64> categoryId);
    void setDefaultThreshold(double threshold);

Q_SIGNALS:
    void imageActivated(qint64 imageId);
    void labelsChanged(const QVector<qint64>& imageIds);
    void thresholdChanged(qint64 categoryId, double threshold);

private:
    Session* m_session;
    QDockWidget* m_queueDock;
    QDockWidget* m_analysisDock;
    QDockWidget* m_auditDock;
    ReviewQueue* m_queue = nullptr;
    AnalysisPanel* m_analysis = nullptr;
    AuditLogView* m_audit = nullptr;
};

}  // namespace dmad::ui
