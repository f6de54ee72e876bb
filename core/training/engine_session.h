// The engine state of one open project, shared by training and the heatmap: backbone, trainer, active model.
#pragma once

#include "engine/dmad_model.h"
#include "engine/dmad_trainer.h"
#include "engine/inspector.h"
#include "engine/scoring_cache.h"
#include "training/map_range.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <memory>
#include <mutex>
#include <string>

namespace dmad::training {

// A loaded model version ready to score: immutable, shared between threads through shared_ptr.
struct ActiveModel {
    qint64 modelId = 0;
    int version = 0;
    QString file;
    std::shared_ptr<const dmad::Inspector> inspector;  // extractor + model
    MapRange mapRange;
};

class EngineSession : public QObject {
    Q_OBJECT

public:
    explicit EngineSession(QObject* parent = nullptr);
    ~EngineSession() override;

    // Worker threads only (loading a backbone takes seconds): the extractor for this backbone and
    // feature settings, reused while they stay the same so its feature cache survives retrains.
    // Throws dmad::EngineError (missing backbone, broken contract).
    std::shared_ptr<dmad::FeatureExtractor> extractor(const dmad::EngineConfig& config);

    // Worker threads only, one run at a time: the project's trainer, kept between runs so a retrain
    // reuses cached features and the normal and pseudo banks. fresh: start from nothing.
    std::shared_ptr<dmad::DmadTrainer> trainer(const dmad::EngineConfig& config, bool fresh);

    // Any thread. Nearest normal neighbours of every image scored, so rescoring after an incremental
    // retrain (same M_n) searches only the abnormal bank; entries are keyed by content and bank.
    std::shared_ptr<dmad::ScoringCache> scoringCache() const { return m_scoringCache; }
    // A scorer for this model that shares the session's scoring cache.
    std::shared_ptr<const dmad::Inspector> makeInspector(std::shared_ptr<dmad::FeatureExtractor> extractor,
                                                         dmad::DmadModel model) const;
    // Worker threads: a scorer for a model read from its file. Its features are made as the model was
    // trained (input size, pooling, resize: recorded in the file), so a model made at another input size than
    // the station's setting, or by an older version, still scores; backbone and runtime are the station's.
    std::shared_ptr<const dmad::Inspector> inspectorFor(dmad::EngineConfig station, dmad::DmadModel model);

    // Any thread.
    std::shared_ptr<const ActiveModel> activeModel() const;
    // GUI thread: emits activeModelChanged().
    void setActiveModel(std::shared_ptr<const ActiveModel> model);

    // Another project: the trainer's banks and the active model go; the extractor (whose cache is
    // keyed by image content) stays. folder (empty: none) is the project's: its cache/ keeps the features,
    // the trainer's normal side and the scoring cache between sessions, so a restart rebuilds nothing.
    void resetProject(const QString& folder = {});
    // <project>/cache, or empty without a project.
    QString cacheFolder() const;
    // Worker threads: the scoring cache to <project>/cache and back (a failure only costs time later).
    void saveScoringCache() const;
    void loadScoringCache();
    // Where the measured stage costs of the training jobs are kept (JobEstimate rates); empty without a project.
    QString stageCostsFile() const;

    // Training and model loading run here, one job at a time, in order.
    QThreadPool* jobPool() { return &m_jobs; }
    // The shown image's anomaly map is computed here, one at a time, beside a running training and
    // never queued behind the global pool's other work.
    QThreadPool* inferencePool() { return &m_inference; }

Q_SIGNALS:
    void activeModelChanged();

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<dmad::FeatureExtractor> m_extractor;
    std::string m_extractorKey;
    std::shared_ptr<dmad::DmadTrainer> m_trainer;
    std::shared_ptr<const ActiveModel> m_active;
    QString m_cacheFolder;
    bool m_scoringCacheLoaded = false;
    const std::shared_ptr<dmad::ScoringCache> m_scoringCache = std::make_shared<dmad::ScoringCache>();
    QThreadPool m_jobs;
    QThreadPool m_inference;
};

}  // namespace dmad::training
