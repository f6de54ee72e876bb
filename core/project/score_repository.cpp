#include "project/score_repository.h"

#include "project/project_store.h"
#include "project/sql_support.h"

#include <cmath>

namespace dmad::project {

void ScoreRepository::put(qint64 modelId, const QVector<ImageScore>& scores) {
    const QString now = sql::now();
    Transaction transaction(m_store);
    QSqlQuery query(m_store.database());
    if (!query.prepare(QStringLiteral("INSERT INTO scores (model_id, image_id, image_score, scored_at)"
                                      " VALUES (?, ?, ?, ?) ON CONFLICT (model_id, image_id) DO UPDATE SET"
                                      " image_score = excluded.image_score, scored_at = excluded.scored_at"))) {
        throw sql::failure(query, QStringLiteral("store scores"));
    }
    for (const ImageScore& score : scores) {
        if (!std::isfinite(score.score)) {
            throw ProjectError(ProjectError::Kind::InvalidInput,
                               QObject::tr("The score of image %1 is not a number").arg(score.imageId));
        }
        query.addBindValue(modelId);
        query.addBindValue(score.imageId);
        query.addBindValue(score.score);
        query.addBindValue(now);
        if (!query.exec()) throw sql::failure(query, QStringLiteral("store scores"));
    }
    transaction.commit();
}

QHash<qint64, double> ScoreRepository::forModel(qint64 modelId) const {
    QSqlQuery query = sql::run(
        m_store.database(), QStringLiteral("SELECT image_id, image_score FROM scores WHERE model_id = ?"), {modelId});
    QHash<qint64, double> scores;
    while (query.next()) scores.insert(query.value(0).toLongLong(), query.value(1).toDouble());
    return scores;
}

std::optional<double> ScoreRepository::score(qint64 modelId, qint64 imageId) const {
    const QVariant value = sql::scalar(
        m_store.database(), QStringLiteral("SELECT image_score FROM scores WHERE model_id = ? AND image_id = ?"),
                                           {modelId, imageId});
    if (!value.isValid()) return std::nullopt;
    return value.toDouble();
}

void ScoreRepository::setThreshold(qint64 categoryId, qint64 modelId, double threshold) {
    if (!std::isfinite(threshold)) {
        throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("A threshold must be a number"));
    }
    Transaction transaction(m_store);
    sql::run(m_store.database(),
             QStringLiteral("INSERT INTO category_thresholds (category_id, model_id, threshold, updated_at)"
                            " VALUES (?, ?, ?, ?) ON CONFLICT (category_id, model_id) DO UPDATE SET"
                            " threshold = excluded.threshold, updated_at = excluded.updated_at"),
                            {categoryId, modelId, threshold, sql::now()});
    transaction.commit();
}

std::optional<double> ScoreRepository::threshold(qint64 categoryId, qint64 modelId) const {
    const QVariant value =
        sql::scalar(m_store.database(),
                    QStringLiteral("SELECT threshold FROM category_thresholds WHERE category_id = ? AND model_id = ?"),
                                   {categoryId, modelId});
    if (!value.isValid()) return std::nullopt;
    return value.toDouble();
}

std::optional<double> ScoreRepository::suggestedThreshold(qint64 categoryId, qint64 modelId) const {
    for (const auto* split : {"train", "test"}) {
        const QVariant value = sql::scalar(
            m_store.database(),
            QStringLiteral("SELECT MAX(s.image_score) FROM scores s JOIN images i ON i.id = s.image_id"
                           " WHERE s.model_id = ? AND i.category_id = ? AND i.status = 'normal' AND i.split = ?"),
                           {modelId, categoryId, QString::fromLatin1(split)});
        if (value.isValid() && !value.isNull()) return value.toDouble();
    }
    return std::nullopt;
}

std::optional<CategoryThreshold> ScoreRepository::categoryThreshold(qint64 categoryId, qint64 modelId) const {
    if (const auto own = threshold(categoryId, modelId))
        return CategoryThreshold{*own, CategoryThreshold::Source::Supervisor};
    if (const auto suggested = suggestedThreshold(categoryId, modelId)) {
        return CategoryThreshold{*suggested, CategoryThreshold::Source::Suggested};
    }
    return std::nullopt;
}

}  // namespace dmad::project
