#include "project/change_listener.h"

#include "project/project_store.h"
#include "project/sql_dialect.h"

#include <QSqlDriver>
#include <QVariant>

namespace dmad::project {

ChangeListener::ChangeListener(ProjectStore& store, std::function<void(const RowChange&)> onChange)
    : m_store(store), m_context(std::make_unique<QObject>()) {
    if (!store.isServer()) return;
    QSqlDriver* driver = store.database().driver();
    const QString channel = QLatin1String(dialect::kChangeChannel);
    if (!driver || !driver->subscribeToNotification(channel)) return;
    m_listening = true;
    QObject::connect(driver, &QSqlDriver::notification, m_context.get(),
                     [channel, onChange = std::move(onChange)](
                         const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                         if (name != channel) return;
                         RowChange change = parse(payload.toString());
                         change.ownStation = source == QSqlDriver::SelfSource;
                         onChange(change);
                     });
}

ChangeListener::~ChangeListener() {
    if (!m_listening) return;
    if (QSqlDriver* driver = m_store.database().driver()) {
        driver->unsubscribeFromNotification(QLatin1String(dialect::kChangeChannel));
    }
}

RowChange ChangeListener::parse(const QString& payload) {
    RowChange change;
    const qsizetype colon = payload.lastIndexOf(QLatin1Char(':'));
    change.table = payload.left(colon);
    bool ok = false;
    const qint64 id = payload.mid(colon + 1).toLongLong(&ok);
    change.id = ok ? id : -1;
    return change;
}

}  // namespace dmad::project
