#include "ui/main/heatmap_thumbnail.h"

#include "engine/heatmap_render.h"
#include "engine/image_io.h"
#include "training/engine_session.h"

#include <QImage>
#include <exception>
#include <opencv2/imgproc.hpp>

namespace dmad::ui {

namespace {

constexpr double kMapWeight = 0.5;  // as the canvas overlay's default opacity

QImage toQImage(const cv::Mat& rgb8) {
    return QImage(rgb8.data, rgb8.cols, rgb8.rows, static_cast<qsizetype>(rgb8.step), QImage::Format_RGB888)
        .convertToFormat(QImage::Format_ARGB32_Premultiplied);  // a deep copy, independent of the Mat
}

}  // namespace

ThumbnailCache::Renderer heatmapThumbnailRenderer(std::shared_ptr<const training::ActiveModel> model) {
    if (!model || !model->inspector) return {};
    return [model](const QString& path, int edge) -> QImage {
        try {
            // By path: the feature cache (keyed by content) and the session's scoring cache answer for
            // images training or the canvas has seen, instead of a backbone pass and a search each.
            const dmad::ImageScore scored = model->inspector->inspect(path.toStdString(), true);
            const cv::Mat rgb = dmad::readImageRgb(path.toStdString());
            const cv::Mat blended =
                dmad::overlayAnomalyMap(rgb, scored.anomalyMap, model->mapRange.low, model->mapRange.high, kMapWeight);
            const double scale = std::min(1.0, double(edge) / std::max(blended.cols, blended.rows));
            cv::Mat small;
            cv::resize(blended, small, cv::Size(), scale, scale, cv::INTER_AREA);
            return toQImage(small);
        } catch (const std::exception&) {
            return {};
        }
    };
}

}  // namespace dmad::ui
