#include "ui/browser/thumbnail_cache.h"

#include <QImageReader>
#include <QPainter>
#include <QThread>

namespace dmad::ui {

namespace {

constexpr qsizetype kCacheBytes = 96 * 1024 * 1024;

// Shown for a file that cannot be decoded, so the grid says so instead of waiting forever.
QImage unreadablePlaceholder(int edge) {
    QImage image(edge, edge, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(70, 20, 20));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(220, 80, 80), 3));
    painter.drawLine(edge / 4, edge / 4, 3 * edge / 4, 3 * edge / 4);
    painter.drawLine(3 * edge / 4, edge / 4, edge / 4, 3 * edge / 4);
    return image;
}

}  // namespace

ThumbnailCache::ThumbnailCache(QObject* parent, int edge) : QObject(parent), m_edge(edge), m_renderer(&load) {
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() / 2));
    m_cache.setMaxCost(kCacheBytes);
}

ThumbnailCache::~ThumbnailCache() {
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::thumbnail(qint64 imageId, const QString& path) {
    if (const QImage* cached = m_cache.object(imageId)) return *cached;
    request(imageId, path);
    return {};
}

void ThumbnailCache::request(qint64 imageId, const QString& path) {
    if (m_cache.contains(imageId) || m_pending.contains(imageId)) return;
    m_pending.insert(imageId);
    const int edge = m_edge;
    const quint64 generation = m_generation;
    // The result is always posted back (never delivered inside this call, even when the decode is
    // already done), so a view asking for data() never sees the model change under it. The destructor
    // waits for the pool, and events posted to a destroyed cache are dropped.
    m_pool.start([this, imageId, path, edge, generation, render = m_renderer] {
        const QImage image = render(path, edge);
        QMetaObject::invokeMethod(
            this, [this, imageId, generation, image] { deliver(imageId, generation, image); }, Qt::QueuedConnection);
    });
}

void ThumbnailCache::deliver(qint64 imageId, quint64 generation, const QImage& image) {
    if (generation != m_generation) return;
    m_pending.remove(imageId);
    const QImage shown = image.isNull() ? unreadablePlaceholder(m_edge) : image;
    m_cache.insert(imageId, new QImage(shown), qMax<qsizetype>(1, shown.sizeInBytes()));
    Q_EMIT thumbnailReady(imageId);
}

void ThumbnailCache::clear() {
    ++m_generation;
    m_pool.clear();
    m_pending.clear();
    m_cache.clear();
}

void ThumbnailCache::setRenderer(Renderer renderer) {
    m_renderer = renderer ? std::move(renderer) : Renderer(&load);
    clear();
}

QImage ThumbnailCache::load(const QString& path, int edge) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > edge || full.height() > edge)) {
        reader.setScaledSize(full.scaled(edge, edge, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) return {};
    if (image.width() > edge || image.height() > edge) {
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

}  // namespace dmad::ui
