// The supervisor's review queue: the active model's images, highest score first, with accept / reject actions.
#pragma once

#include "project/project_types.h"
#include "project/review.h"
#include "ui/review/project_read.h"
#include "ui/review/review_queue_model.h"

#include <QVector>
#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class ReviewFilterProxy;
class Session;

// What one reload reads: the active model (if any) and its scored images with their thresholds.
struct ReviewQueueData {
    std::optional<project::ModelRecord> model;
    QVector<ReviewRow> rows;
};

class ReviewQueue : public QWidget {
    Q_OBJECT

public:
    // The store and the session must outlive the widget. The fallback threshold (for categories
    // without one of their own) starts as the settings' image threshold.
    ReviewQueue(project::ProjectStore& store, Session& session, QWidget* parent = nullptr);
    ~ReviewQueue() override;  // waits for a read still running

    // Shortcuts A, X, P and F5, active while the queue has the focus. R is not the queue's: it means
    // Toggle Reviewed everywhere. Rejecting asks first (it undoes a labeller's work).
    QAction* acceptLabelAction() const { return m_acceptLabel; }
    QAction* rejectLabelAction() const { return m_rejectLabel; }
    QAction* acceptPredictionAction() const { return m_acceptPrediction; }
    QAction* refreshAction() const { return m_refresh; }

    QTableView* view() const { return m_view; }
    ReviewQueueModel* model() const { return m_model; }
    ReviewFilterProxy* proxy() const { return m_proxy; }
    QComboBox* categoryCombo() const { return m_category; }
    QCheckBox* unreviewedOnlyBox() const { return m_unreviewedOnly; }

    std::optional<qint64> modelId() const { return m_modelId; }
    double defaultThreshold() const { return m_defaultThreshold; }
    void setDefaultThreshold(double threshold);
    QVector<qint64> selectedImageIds() const;
    QString message() const;  // the last note or error shown above the table; empty when hidden
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    // Reads the active model, its scores and thresholds again (after training, import, a new model),
    // off the GUI thread (thousands of rows take longer than a frame); loaded() follows.
    void reload();
    // One image's label or review flag changed elsewhere (canvas, browser).
    void refreshImage(qint64 imageId);
    // A threshold changed elsewhere (the analysis panel): the verdicts follow.
    void setCategoryThreshold(qint64 categoryId, double threshold);
    void showCategory(std::optional<qint64> categoryId);
    // Follows the image shown elsewhere: selects its row without imageActivated() (the user did not
    // choose it here), and a reload keeps it selected; an image shown while the rows are still being read
    // is selected when they arrive.
    void selectImage(qint64 imageId);

Q_SIGNALS:
    // The user chose another row (click, keys, or the move on after a decision): show that image.
    void imageActivated(qint64 imageId);
    // A decision here changed these images' labels or review flags.
    void labelsChanged(const QVector<qint64>& imageIds);
    // A reload's rows are shown.
    void loaded();

private:
    void createActions();
    void showLoaded(const ProjectRead<ReviewQueueData>& read);
    void rebuildCategoryCombo();
    void updateActions();
    void acceptLabels();
    void rejectLabels();
    void acceptPredictions();
    template <typename Decide>
    void decide(Decide decide);
    // The images' row versions as the queue shows them; none on a single station's file.
    project::ShownVersions shownVersions(const QVector<qint64>& imageIds) const;
    void showNote(const QString& text, bool isError);
    bool selectionHasLabel() const;
    bool isShown(qint64 imageId) const;
    void moveTo(qint64 imageId);  // selects and activates
    bool confirmReject(int count);

    project::ProjectStore& m_store;
    Session& m_session;
    std::optional<qint64> m_modelId;
    double m_defaultThreshold = 0.0;
    bool m_loading = false;
    bool m_following = false;  // selectImage() is moving the current row: no imageActivated()
    int m_generation = 0;      // only the newest reload's rows are shown
    qint64 m_followed = 0;     // the image selectImage() was last asked for, found or not yet
    PendingReads<ReviewQueueData> m_reads;

    ReviewQueueModel* m_model;
    ReviewFilterProxy* m_proxy;
    QTableView* m_view;
    QComboBox* m_category;
    QCheckBox* m_unreviewedOnly;
    QLabel* m_modelLabel;
    QLabel* m_note;
    QAction* m_acceptLabel = nullptr;
    QAction* m_rejectLabel = nullptr;
    QAction* m_acceptPrediction = nullptr;
    QAction* m_refresh = nullptr;
};

}  // namespace dmad::ui
