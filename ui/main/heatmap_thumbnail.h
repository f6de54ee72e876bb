// Heatmap thumbnails for the browser: an image's anomaly map under a model, blended over the image, small.
#pragma once

#include "ui/browser/thumbnail_cache.h"

#include <memory>

namespace dmad::training {
struct ActiveModel;
}

namespace dmad::ui {

// A renderer for ThumbnailCache (thread-safe: the model is immutable and shared). The map is
// coloured over the model's MapRange, as on the canvas, so the same colour means the same score on
// every thumbnail. Maps come by the cached route (feature and scoring caches, as the shown image's).
// An unreadable image gives a null image (the cache shows its placeholder).
ThumbnailCache::Renderer heatmapThumbnailRenderer(std::shared_ptr<const training::ActiveModel> model);

}  // namespace dmad::ui
