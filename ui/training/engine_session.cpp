#include "ui/training/engine_session.h"

#include "engine/config_text.h"
#include "engine/runtime.h"

namespace dmad::ui {
namespace {

// What the extractor depends on; the runtime is applied per job, not per extractor.
std::string extractorKey(const dmad::EngineConfig& config) {
    return config.backbonePath + "|" + std::to_string(config.features.imageSize) + "|" +
           std::to_string(config.features.maxFeatureDim) + "|" + dmad::toString(config.features.pooling) + "|" +
           dmad::toString(config.features.resize) + "|" + config.featureCacheDir;
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

std::shared_ptr<dmad::FeatureExtractor> EngineSession::extractor(const dmad::EngineConfig& config) {
    std::lock_guard<std::mutex> lock(m_mutex);
    const std::string key = extractorKey(config);
    if (m_extractor && key == m_extractorKey) return m_extractor;
    m_extractor = dmad::FeatureExtractor::open(config);
    m_extractorKey = key;
    m_trainer.reset();  // its cached features came from the old extractor
    return m_extractor;
}

std::shared_ptr<dmad::DmadTrainer> EngineSession::trainer(const dmad::EngineConfig& config, bool fresh) {
    std::shared_ptr<dmad::FeatureExtractor> features = extractor(config);
    std::lock_guard<std::mutex> lock(m_mutex);
    if (fresh || !m_trainer)
        m_trainer = std::make_shared<dmad::DmadTrainer>(std::move(features), config);
    else
        m_trainer->config() = config;  // a new budget; the bank signature decides what is reused
    return m_trainer;
}

std::shared_ptr<const dmad::Inspector> EngineSession::makeInspector(std::shared_ptr<dmad::FeatureExtractor> extractor,
                                                                    dmad::DmadModel model) const {
    auto inspector = std::make_shared<dmad::Inspector>(std::move(extractor), std::move(model));
    inspector->setScoringCache(m_scoringCache);
    return inspector;
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

void EngineSession::resetProject() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_trainer.reset();
        m_active.reset();
    }
    Q_EMIT activeModelChanged();
}

}  // namespace dmad::ui
