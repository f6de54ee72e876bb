// Computes the selected image's anomaly map with the active model off the GUI thread and shows it on the canvas.
#pragma once

#include "training/engine_session.h"
#include "ui/training/verdict_panel.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <optional>
#include <vector>

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class MaskCanvas;

// setImage() on the canvas clears the heatmap layer: call canvasImageChanged() after it. A newer request
// supersedes an older one: at most one map is computed at a time, and only the latest request waits.
// The map is coloured over the active model's MapRange, so a colour means the same on every image.
// The contour starts at the verdict threshold and follows it when it changes (another category, a
// supervisor's new value); a contour the user moved stays until then. Maps are computed on the
// engine session's inference thread, not on the global pool.
class HeatmapController : public QObject {
    Q_OBJECT

public:
    // panel may be null (no verdict shown). The canvas and panel are not owned.
    HeatmapController(training::EngineSession* session, MaskCanvas* canvas, VerdictPanel* panel,
                      QObject* parent = nullptr);
    ~HeatmapController() override;

    // The GUI thread's connection, for image paths and per-category thresholds (nullptr: none).
    void setProject(project::ProjectStore* store);
    // The verdict threshold of categories without their own (AppSettings::imageThreshold()).
    void setDefaultThreshold(double threshold) { m_defaultThreshold = threshold; }
    // The threshold in force for the category under the active model (core/project's rule).
    project::ThresholdInForce thresholdFor(qint64 categoryId) const;

    qint64 currentImage() const { return m_current ? m_current->imageId : 0; }
    std::optional<double> currentScore() const { return m_score; }
    bool isComputing() const { return m_running.has_value(); }

public Q_SLOTS:
    // Looks the image up in the project and computes its map.
    void showImage(qint64 imageId);
    void showImageFile(qint64 imageId, const QString& path, qint64 categoryId);
    // The image already read and decoded (the pixels the canvas shows): it is inspected as it is, without
    // reading the file again, now and on refresh().
    void showDecoded(qint64 imageId, std::shared_ptr<const dmad::DecodedImage> image, qint64 categoryId);
    // The active model changed: the current image again, with the new model.
    void refresh();
    // The canvas got new pixels (which clears its heatmap layer): the current image's map, when it
    // is already computed, goes onto them. The map may so be started before the pixels are there.
    void canvasImageChanged();
    void clear();

Q_SIGNALS:
    void heatmapReady(qint64 imageId, double score);
    void failed(qint64 imageId, const QString& message);

private:
    struct Request {
        qint64 imageId = 0;
        QString path;
        qint64 categoryId = 0;
        std::shared_ptr<const training::ActiveModel> model;
        std::shared_ptr<const dmad::DecodedImage> pixels;  // null: read from path
        bool sameImage(const Request& other) const {
            return imageId == other.imageId && path == other.path && pixels == other.pixels;
        }
    };
    struct Result {
        double score = 0.0;
        std::vector<float> values;  // row-major [H, W]
        QSize size;
        QString error;
    };

    void request(Request request);
    void start(const Request& request);
    void onComputed();
    void apply(const Request& request, const Result& result);
    // No model: the panel's range and contour belong to none.
    void forgetPanelModel();

    training::EngineSession* m_session;
    QPointer<MaskCanvas> m_canvas;
    QPointer<VerdictPanel> m_panel;
    project::ProjectStore* m_store = nullptr;
    double m_defaultThreshold = 0.0;
    std::optional<Request> m_current;  // the latest request: what the canvas should show
    std::optional<Request> m_running;  // the one being computed
    std::optional<double> m_score;
    std::optional<std::pair<Request, Result>> m_applied;      // the last map shown
    std::weak_ptr<const training::ActiveModel> m_panelModel;  // the model whose range the panel shows
    std::optional<double> m_contourFollows;                   // the threshold the contour was last set to
    QFutureWatcher<Result> m_watcher;
};

}  // namespace dmad::ui
