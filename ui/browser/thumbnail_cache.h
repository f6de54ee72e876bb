// Thumbnails of project images, decoded on a worker thread pool and kept in a bounded cache.
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <functional>

namespace dmad::ui {

// thumbnail() answers from the cache at once; a miss returns a null image and starts a decode on
// the pool (at most once per image), and thumbnailReady() follows on the GUI thread. What a
// thumbnail shows is the renderer's choice: the decoded file by default, or e.g. a heatmap blended
// over it (the renderer runs on the pool, so it must be thread-safe).
class ThumbnailCache : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultEdge = 96;
    // path, edge -> an image no larger than edge x edge; a null image for an unreadable file.
    using Renderer = std::function<QImage(const QString& path, int edge)>;

    explicit ThumbnailCache(QObject* parent = nullptr, int edge = kDefaultEdge);
    ~ThumbnailCache() override;

    int edge() const { return m_edge; }
    QImage thumbnail(qint64 imageId, const QString& path);
    void request(qint64 imageId, const QString& path);  // preload without asking for the image
    bool contains(qint64 imageId) const { return m_cache.contains(imageId); }
    void clear();
    // Another renderer (null: the plain decode) makes every cached thumbnail stale: clears the cache.
    void setRenderer(Renderer renderer);
    void setMaxThreads(int threads) { m_pool.setMaxThreadCount(qMax(1, threads)); }

    // Decodes at reduced size (JPEG decodes scaled, which is several times faster than full size).
    // An unreadable file gives a null image.
    static QImage load(const QString& path, int edge);

Q_SIGNALS:
    void thumbnailReady(qint64 imageId);

private:
    void deliver(qint64 imageId, quint64 generation, const QImage& image);

    int m_edge;
    Renderer m_renderer;
    QThreadPool m_pool;
    QCache<qint64, QImage> m_cache;
    QSet<qint64> m_pending;
    quint64 m_generation = 0;  // clear() makes results of decodes started earlier stale
};

}  // namespace dmad::ui
