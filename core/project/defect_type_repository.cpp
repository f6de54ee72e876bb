#include "project/defect_type_repository.h"

#include "project/project_store.h"
#include "project/sql_support.h"

#include <QRegularExpression>

namespace dmad::project {

namespace {

bool isHexColour(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(text).hasMatch();
}

QString paletteColour(int index) {
    // Qualitative colours that stay apart from each other and from grey product surfaces.
    static const char* const palette[] = {"#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4",
                                          "#46f0f0", "#f032e6", "#bcf60c", "#fabebe", "#008080", "#9a6324"};
    constexpr int size = sizeof(palette) / sizeof(palette[0]);
    return QString::fromLatin1(palette[index % size]);
}

DefectType fromRow(const QSqlQuery& query) {
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

}  // namespace

qint64 DefectTypeRepository::ensure(const QString& name, const QString& colour) {
    if (const auto existing = byName(name)) return existing->id;
    if (name.trimmed().isEmpty()) {
        throw ProjectError(ProjectError::Kind::InvalidInput, QObject::tr("A defect type needs a name"));
    }
    Transaction transaction(m_store);
    const int count = sql::scalar(m_store.database(), QStringLiteral("SELECT count(*) FROM defect_types")).toInt();
    const QString chosen = isHexColour(colour) ? colour : paletteColour(count);
    const qint64 id = sql::insert(
        m_store.database(), QStringLiteral("INSERT INTO defect_types (name, colour) VALUES (?, ?)"), {name, chosen});
    transaction.commit();
    return id;
}

void DefectTypeRepository::setColour(qint64 id, const QString& colour) {
    if (!isHexColour(colour)) {
        throw ProjectError(ProjectError::Kind::InvalidInput,
                           QObject::tr("%1 is not a colour of the form #rrggbb").arg(colour));
    }
    Transaction transaction(m_store);
    sql::run(m_store.database(), QStringLiteral("UPDATE defect_types SET colour = ? WHERE id = ?"), {colour, id});
    transaction.commit();
}

std::optional<DefectType> DefectTypeRepository::byId(qint64 id) const {
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("SELECT id, name, colour FROM defect_types WHERE id = ?"), {id});
    if (!query.next()) return std::nullopt;
    return fromRow(query);
}

std::optional<DefectType> DefectTypeRepository::byName(const QString& name) const {
    QSqlQuery query = sql::run(m_store.database(),
                               QStringLiteral("SELECT id, name, colour FROM defect_types WHERE name = ?"), {name});
    if (!query.next()) return std::nullopt;
    return fromRow(query);
}

QVector<DefectType> DefectTypeRepository::all() const {
    QSqlQuery query =
        sql::run(m_store.database(), QStringLiteral("SELECT id, name, colour FROM defect_types ORDER BY name"));
    QVector<DefectType> types;
    while (query.next()) types.push_back(fromRow(query));
    return types;
}

}  // namespace dmad::project
