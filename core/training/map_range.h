// The fixed colour range of a model's heatmaps, taken from the distribution of its image scores.
#pragma once

#include <QHash>
#include <QSet>

namespace dmad::training {

// Every heatmap of one model is coloured over this range of anomaly scores, so a colour means
// the same on every image.
struct MapRange {
    double low = -1.0;
    double high = 1.0;
};

// low: the median score of the images labelled normal (of all images when none is), so a typical
// normal image stays blue; high: the 99th percentile of all scores, so one extreme image does not
// wash out the rest. At least minSpan wide. No scores: the hinge's margins, -1 .. 1.
MapRange mapRangeFromScores(const QHash<qint64, double>& scores, const QSet<qint64>& normalImages,
                            double minSpan = 0.1);

}  // namespace dmad::training
