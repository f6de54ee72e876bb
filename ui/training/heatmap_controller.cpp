#include "ui/training/heatmap_controller.h"

#include "engine/engine_error.h"
#include "project/image_repository.h"
#include "project/project_error.h"
#include "project/score_repository.h"
#include "ui/canvas/mask_canvas.h"
#include "ui/training/verdict_panel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dmad::ui {

HeatmapController::HeatmapController(training::EngineSession* session, MaskCanvas* canvas, VerdictPanel* panel,
                                     QObject* parent)
    : QObject(parent), m_session(session), m_canvas(canvas), m_panel(panel) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &HeatmapController::onComputed);
    connect(m_session, &training::EngineSession::activeModelChanged, this, &HeatmapController::refresh);
    if (m_panel && m_canvas) {
        m_canvas->setHeatmapOpacity(m_panel->heatmapOpacity());
        connect(m_panel, &VerdictPanel::heatmapOpacityChanged, m_canvas, &MaskCanvas::setHeatmapOpacity);
        connect(m_panel, &VerdictPanel::heatmapVisibleChanged, m_canvas, &MaskCanvas::setHeatmapVisible);
        connect(m_panel, &VerdictPanel::contourThresholdChanged, m_canvas, [this](double threshold) {
            if (m_canvas->hasHeatmap()) m_canvas->setHeatmapThreshold(threshold);
        });
    }
}

HeatmapController::~HeatmapController() {
    m_watcher.waitForFinished();
}

void HeatmapController::setProject(project::ProjectStore* store) {
    m_store = store;
    clear();
}

project::ThresholdInForce HeatmapController::thresholdFor(qint64 categoryId) const {
    const auto model = m_session->activeModel();
    if (!m_store || !model) return {m_defaultThreshold, project::ThresholdOrigin::Default};
    try {
        return project::thresholdInForce(project::ScoreRepository(*m_store), categoryId, model->modelId,
                                         m_defaultThreshold);
    } catch (const project::ProjectError&) {
        // A database that cannot answer leaves the default in force; the verdict still shows.
        return {m_defaultThreshold, project::ThresholdOrigin::Default};
    }
}

void HeatmapController::showImage(qint64 imageId) {
    if (!m_store) return;
    std::optional<project::ImageRecord> image;
    try {
        image = project::ImageRepository(*m_store).byId(imageId);
    } catch (const project::ProjectError& e) {
        Q_EMIT failed(imageId, e.message());
        return;
    }
    if (!image) {
        Q_EMIT failed(imageId, tr("Image %1 is not in the project.").arg(imageId));
        return;
    }
    showImageFile(imageId, image->path, image->categoryId);
}

void HeatmapController::showImageFile(qint64 imageId, const QString& path, qint64 categoryId) {
    request({imageId, path, categoryId, nullptr, nullptr});
}

void HeatmapController::showDecoded(qint64 imageId, std::shared_ptr<const dmad::DecodedImage> image,
                                    qint64 categoryId) {
    if (!image) return;
    const QString path = QString::fromStdString(image->path);
    request({imageId, path, categoryId, nullptr, std::move(image)});
}

void HeatmapController::request(Request request) {
    request.model = m_session->activeModel();
    m_current = request;
    m_score.reset();
    if (!request.model) {
        forgetPanelModel();
        if (m_panel) m_panel->showMessage(tr("No model: train one first"));
        return;
    }
    if (m_panel) m_panel->showBusy();
    if (!m_running) start(request);
}

void HeatmapController::refresh() {
    if (m_current) {
        request(*m_current);
    } else if (!m_session->activeModel()) {
        forgetPanelModel();  // the model went away (project closed) with no image shown
        if (m_panel) m_panel->showMessage(tr("No model"));
    }
}

void HeatmapController::canvasImageChanged() {
    if (m_current && m_applied && m_applied->first.sameImage(*m_current) &&
        m_applied->first.model == m_current->model) {
        apply(m_applied->first, m_applied->second);
    }
}

void HeatmapController::clear() {
    m_current.reset();
    m_applied.reset();
    m_score.reset();
    if (m_canvas) m_canvas->clearHeatmap();
    if (m_session->activeModel()) {
        if (m_panel) m_panel->showMessage(QString());
        return;
    }
    forgetPanelModel();
    if (m_panel) m_panel->showMessage(tr("No model"));
}

void HeatmapController::forgetPanelModel() {
    m_panelModel.reset();
    m_contourFollows.reset();
    if (m_panel) m_panel->clearMapRange();
}

void HeatmapController::start(const Request& request) {
    m_running = request;
    m_watcher.setFuture(QtConcurrent::run(m_session->inferencePool(), [request]() {
        Result result;
        try {
            const dmad::ImageScore scored = request.pixels
                                                ? request.model->inspector->inspect(*request.pixels, true)
                                                : request.model->inspector->inspect(request.path.toStdString(), true);
            result.score = scored.score;
            const cv::Mat map = scored.anomalyMap.isContinuous() ? scored.anomalyMap : scored.anomalyMap.clone();
            result.size = QSize(map.cols, map.rows);
            result.values.assign(map.ptr<float>(), map.ptr<float>() + map.total());
        } catch (const std::exception& e) {
            result.error = QString::fromStdString(e.what());
        }
        return result;
    }));
}

void HeatmapController::onComputed() {
    const Request done = *m_running;
    m_running.reset();
    const Result result = m_watcher.result();
    if (!m_current) return;
    const bool stale = !done.sameImage(*m_current) || done.model != m_current->model;
    if (stale) {
        start(*m_current);  // only the newest request is computed next
        return;
    }
    apply(done, result);
}

void HeatmapController::apply(const Request& request, const Result& result) {
    if (!result.error.isEmpty()) {
        if (m_canvas) m_canvas->clearHeatmap();
        if (m_panel) m_panel->showMessage(tr("Not scored"));
        Q_EMIT failed(request.imageId, result.error);
        return;
    }
    const training::MapRange range = request.model->mapRange;
    if (m_canvas) {
        QString error;
        if (!m_canvas->setHeatmap(result.values, result.size, float(range.low), float(range.high), &error)) {
            Q_EMIT failed(request.imageId, error);
            return;
        }
    }
    const project::ThresholdInForce threshold = thresholdFor(request.categoryId);
    if (m_panel) {
        if (m_panelModel.lock() != request.model) {
            m_panel->setMapRange(range);
            m_panelModel = request.model;
            m_contourFollows.reset();
        }
        // The contour sits at the verdict threshold until the user moves it, and follows a new one.
        if (m_contourFollows != threshold.value) {
            m_panel->setContourThreshold(threshold.value);
            m_contourFollows = threshold.value;
        }
        m_panel->showResult(result.score, threshold);
        if (m_canvas) {
            m_canvas->setHeatmapOpacity(m_panel->heatmapOpacity());
            m_canvas->setHeatmapVisible(m_panel->isHeatmapVisible());
            m_canvas->setHeatmapThreshold(m_panel->contourThreshold());
        }
    }
    m_score = result.score;
    m_applied = std::make_pair(request, result);
    Q_EMIT heatmapReady(request.imageId, result.score);
}

}  // namespace dmad::ui
