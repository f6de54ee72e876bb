// A small scored project for the review suites: two categories, tiny PNGs, one active model with hand-set scores.
#pragma once

#include "project/category_repository.h"
#include "project/image_repository.h"
#include "project/model_repository.h"
#include "project/project_store.h"
#include "project/score_repository.h"
#include "project/user_repository.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVector>

#include <memory>
#include <vector>

// QSettings and QStandardPaths in a temporary folder, so a suite never reads or writes the user's settings.
class ReviewSettingsSandbox {
public:
    ReviewSettingsSandbox() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    static QSettings settings() {
        return QSettings(QSettings::NativeFormat, QSettings::UserScope, "DMAD", "DMAD Studio");
    }

private:
    QTemporaryDir m_dir;
};

// Widgets read the project off the GUI thread: waits until `widget` shows what it read.
template <typename Widget, typename Signal>
bool waitUntilLoaded(Widget* widget, Signal loaded) {
    if (!widget->isLoading()) return true;
    QSignalSpy spy(widget, loaded);
    return spy.wait(10000);
}

// The scores, per category, split and label, that every expectation is computed from.
struct ScoreSet {
    std::vector<double> testNormal;
    std::vector<double> testDefective;
    std::vector<double> trainNormal;
    std::vector<double> testUnlabelled;
};

inline ScoreSet bottleScores() {
    // A normal and a defective image tie at 0.3: the figures must treat them as one threshold.
    // The highest train-normal score, 0, is bottle's suggested threshold (ScoreRepository::suggestedThreshold).
    return {{-0.6, -0.4, -0.2, 0.05, 0.3}, {0.1, 0.3, 0.4, 0.7, 0.9}, {-0.8, 0.0}, {0.55, -0.1}};
}

inline ScoreSet cableScores() {
    return {{-0.5, 0.2}, {0.8}, {}, {0.15}};
}

class ReviewProject {
public:
    static constexpr double kCableThreshold = 0.5;  // stored; bottle has none (its suggested 0 applies)

    ReviewProject() {
        m_store = dmad::project::ProjectStore::create(m_dir.filePath(QStringLiteral("project")));
        QDir(m_dir.path()).mkpath(QStringLiteral("images"));
        dmad::project::CategoryRepository categories(*m_store);
        bottle = categories.ensure(QStringLiteral("bottle"));
        cable = categories.ensure(QStringLiteral("cable"));

        dmad::project::ModelRepository models(*m_store);
        const auto older =
            models.add(m_dir.filePath(QStringLiteral("v1.dmad")), QStringLiteral("{}"), QStringLiteral("{}"));
        const auto active =
            models.add(m_dir.filePath(QStringLiteral("v2.dmad")), QStringLiteral("{}"), QStringLiteral("{}"));
        models.activate(active.id);
        olderModelId = older.id;
        modelId = active.id;

        addCategory(QStringLiteral("bottle"), bottle, bottleScores());
        addCategory(QStringLiteral("cable"), cable, cableScores());
        unscoredImage = addImage(QStringLiteral("bottle_unscored"), bottle, dmad::project::Split::Test,
                                                dmad::project::ImageStatus::Unlabelled);
        dmad::project::ScoreRepository(*m_store).put(modelId, m_scores);
        // The older model scores everything high; the queue must not show its scores.
        QVector<dmad::project::ImageScore> olderScores;
        for (const auto& score : m_scores) olderScores.push_back({score.imageId, 5.0});
        dmad::project::ScoreRepository(*m_store).put(olderModelId, olderScores);
        dmad::project::ScoreRepository(*m_store).setThreshold(cable, modelId, kCableThreshold);
        // The suites' people: core/project checks the stored role of whoever the session names.
        dmad::project::UserRepository users(*m_store);
        for (const char* supervisor : {"sue", "fay", "bob"})
            users.ensure(QLatin1String(supervisor), dmad::project::UserRole::Supervisor);
        for (const char* labeller : {"lou", "erin", "dan"})
            users.ensure(QLatin1String(labeller), dmad::project::UserRole::Labeller);
    }

    bool isValid() const { return m_dir.isValid() && m_store != nullptr; }
    dmad::project::ProjectStore& store() { return *m_store; }
    QString directory() const { return m_dir.path(); }
    qint64 id(const QString& name) const { return m_ids.value(name); }
    double score(const QString& name) const { return m_scoreOf.value(name); }
    int scoredCount() const { return static_cast<int>(m_scores.size()); }
    dmad::project::ImageRecord image(const QString& name) const {
        return *dmad::project::ImageRepository(*m_store).byId(id(name));
    }

    qint64 bottle = 0;
    qint64 cable = 0;
    qint64 modelId = 0;
    qint64 olderModelId = 0;
    qint64 unscoredImage = 0;

private:
    void addCategory(const QString& name, qint64 category, const ScoreSet& set) {
        using dmad::project::ImageStatus;
        using dmad::project::Split;
        addScored(name + QStringLiteral("_test_normal"), category, Split::Test, ImageStatus::Normal, set.testNormal);
        addScored(name + QStringLiteral("_test_defective"), category, Split::Test, ImageStatus::Defective,
                                        set.testDefective);
        addScored(name + QStringLiteral("_train_normal"), category, Split::Train, ImageStatus::Normal, set.trainNormal);
        addScored(name + QStringLiteral("_test_unlabelled"), category, Split::Test, ImageStatus::Unlabelled,
                                        set.testUnlabelled);
    }

    void addScored(const QString& stem, qint64 category, dmad::project::Split split, dmad::project::ImageStatus status,
                   const std::vector<double>& scores) {
        for (std::size_t i = 0; i < scores.size(); ++i) {
            const QString name = QStringLiteral("%1_%2").arg(stem).arg(i);
            const qint64 imageId = addImage(name, category, split, status);
            m_scores.push_back({imageId, scores[i]});
            m_scoreOf.insert(name, scores[i]);
        }
    }

    qint64 addImage(const QString& name, qint64 category, dmad::project::Split split,
                    dmad::project::ImageStatus status) {
        const QString path = m_dir.filePath(QStringLiteral("images/%1.png").arg(name));
        QImage pixels(8, 8, QImage::Format_RGB32);
        pixels.fill(QColor::fromHsv(static_cast<int>(m_ids.size() * 37 % 360), 120, 200));
        pixels.save(path, "PNG");
        dmad::project::NewImage image;
        image.categoryId = category;
        image.path = path;
        image.contentHash = name;
        image.width = 8;
        image.height = 8;
        image.split = split;
        image.status = status;
        const qint64 imageId = dmad::project::ImageRepository(*m_store).add(image);
        m_ids.insert(name, imageId);
        return imageId;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<dmad::project::ProjectStore> m_store;
    QHash<QString, qint64> m_ids;
    QHash<QString, double> m_scoreOf;
    QVector<dmad::project::ImageScore> m_scores;
};
