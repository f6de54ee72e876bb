#include "training/engine_session.h"

#include "engine/config_text.h"
#include "engine/engine_error.h"
#include "engine/runtime.h"
#include "project/project_store.h"

#include <QDir>

namespace dmad::training {
namespace {

// What the extractor depends on: the backbone, every feature setting (as a model file records them, so a setting
// added later is not forgotten here) and the cache folder. The runtime is applied per job, not per extractor.
std::string extractorKey(const dmad::EngineConfig& config) {
    dmad::EngineConfig features;
    features.backbonePath = config.backbonePath;
    features.features = config.features;
    return dmad::configToText(features) + "|" + config.featureCacheDir;
}

}  // namespace

EngineSession::EngineSession(QObject* parent) : QObject(parent) {
    m_jobs.setMaxThreadCount(1);
    // libtorch keeps per-thread state (thread pools, autograd); one long-lived thread keeps it warm.
    m_jobs.setExpiryTimeout(-1);
    m_inference.setMaxThreadCount(1);
    m_inference.setExpiryTimeout(-1);
}

EngineSession::~EngineSession() {
    m_inference.waitForDone();
    m_jobs.waitForDone();
}

std::shared_ptr<dmad::FeatureExtractor> EngineSession::extractor(const dmad::EngineConfig& requested) {
    std::lock_guard<std::mutex> lock(m_mutex);
    dmad::EngineConfig config = requested;
    // Features of every project image stay on disk, so scoring after a restart does not run the backbone again.
    if (!m_cacheFolder.isEmpty() && config.featureCacheDir.empty())
        config.featureCacheDir = QDir(m_cacheFolder).filePath(QStringLiteral("features")).toStdString();
    // The map "when offered" is compared as the same backbone file resolves it: a model trained so records On
    // (or Off), and scoring it must not reopen the backbone and drop the trainer's banks.
    dmad::EngineConfig resolved = config;
    if (m_extractor && config.backbonePath == m_extractor->backbone().path)
        resolved.features.strideFourMap = m_extractor->resolveStrideFourMap(config.features);
    if (m_extractor && extractorKey(resolved) == m_extractorKey) return m_extractor;
    m_extractor = dmad::FeatureExtractor::open(config);
    config.features = m_extractor->featureConfig();
    m_extractorKey = extractorKey(config);
    m_trainer.reset();  // its cached features came from the old extractor
    return m_extractor;
}

std::shared_ptr<dmad::DmadTrainer> EngineSession::trainer(const dmad::EngineConfig& config, bool fresh) {
    std::shared_ptr<dmad::FeatureExtractor> features = extractor(config);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (fresh || !m_trainer) {
        m_trainer = std::make_shared<dmad::DmadTrainer>(std::move(features), config);
        m_trainer->setScoringCache(m_scoringCache);
        if (!m_cacheFolder.isEmpty())
            m_trainer->setStateFile(QDir(m_cacheFolder).filePath(QStringLiteral("training-state.bin")).toStdString());
        if (fresh) m_trainer->requireRebuild();
    } else {
        m_trainer->config() = config;  // a new budget; the bank key decides what is reused
    }
    return m_trainer;
}

std::shared_ptr<const dmad::Inspector> EngineSession::makeInspector(std::shared_ptr<dmad::FeatureExtractor> extractor,
                                                                    dmad::DmadModel model) const {
    auto inspector = std::make_shared<dmad::Inspector>(std::move(extractor), std::move(model));
    inspector->setScoringCache(m_scoringCache);
    return inspector;
}

std::shared_ptr<const dmad::Inspector> EngineSession::inspectorFor(dmad::EngineConfig station, dmad::DmadModel model) {
    station.features = model.info().config.features;
    return makeInspector(extractor(station), std::move(model));
}

std::shared_ptr<const ActiveModel> EngineSession::activeModel() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_active;
}

void EngineSession::setActiveModel(std::shared_ptr<const ActiveModel> model) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_active = std::move(model);
    }
    Q_EMIT activeModelChanged();
}

void EngineSession::resetProject(const QString& folder) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_trainer.reset();
        m_active.reset();
        const QString cache =
            folder.isEmpty() ? QString() : QDir(folder).filePath(QLatin1String(project::ProjectStore::kCacheFolder));
        if (cache != m_cacheFolder) {
            m_cacheFolder = cache;
            m_scoringCache->clear();
            m_scoringCacheLoaded = false;
        }
    }
    Q_EMIT activeModelChanged();
}

QString EngineSession::cacheFolder() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_cacheFolder;
}

QString EngineSession::stageCostsFile() const {
    const QString cache = cacheFolder();
    return cache.isEmpty() ? QString() : QDir(cache).filePath(QStringLiteral("stage-costs.txt"));
}

void EngineSession::loadScoringCache() {
    const QString cache = cacheFolder();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (cache.isEmpty() || m_scoringCacheLoaded) return;
        m_scoringCacheLoaded = true;
    }
    m_scoringCache->load(QDir(cache).filePath(QStringLiteral("scoring-cache.bin")).toStdString());
}

void EngineSession::saveScoringCache() const {
    const QString cache = cacheFolder();
    if (cache.isEmpty() || !QDir().mkpath(cache)) return;
    try {
        m_scoringCache->save(QDir(cache).filePath(QStringLiteral("scoring-cache.bin")).toStdString());
    } catch (const dmad::EngineError&) {
        // A cache that cannot be written only costs time after the next restart.
    }
}

}  // namespace dmad::training
