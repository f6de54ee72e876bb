// What other stations changed in a server project, as signals a window refreshes its rows from.
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace dmad::project {
class ChangeListener;
class ProjectStore;
struct RowChange;
}  // namespace dmad::project

namespace dmad::ui {

// Announcements arriving within a short window are gathered and sent as one batch, so a worker
// scoring thousands of images or a station saving a mask costs one refresh, well within the 2 s a
// station may lag. Changes made through this window's own connection are not repeated back. Nothing
// happens for a project in a folder (one station).
class LiveUpdates : public QObject {
    Q_OBJECT

public:
    static constexpr int kBatchMs = 150;

    LiveUpdates(project::ProjectStore& store, QObject* parent = nullptr);
    ~LiveUpdates() override;

    bool isListening() const;

Q_SIGNALS:
    void imagesChanged(const QSet<qint64>& imageIds);  // labels, splits, masks
    void thresholdsChanged();
    void scoresChanged();
    void modelsChanged();
    // Another station (or the worker) made this version the active one.
    void activeModelChanged(qint64 modelId, int version);
    void trainingRequestsChanged(const QSet<qint64>& requestIds);
    void auditLogChanged();

private:
    void onChange(const project::RowChange& change);
    void flush();

    project::ProjectStore& m_store;
    std::unique_ptr<project::ChangeListener> m_listener;
    QTimer m_batch;
    QSet<qint64> m_images;
    QSet<qint64> m_requests;
    bool m_thresholds = false;
    bool m_scores = false;
    bool m_models = false;
    bool m_audit = false;
    qint64 m_activeModelId = 0;
};

}  // namespace dmad::ui
