// Live updates of a server project: the rows other stations changed, as PostgreSQL announces them.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace dmad::project {

class ProjectStore;

// One changed row: table "images", "masks" (id is the image's), "models", "category_thresholds" (id is
// the category's), "training_requests", "audit_log", "users"; "scores" with id -1 (a whole batch).
struct RowChange {
    QString table;
    qint64 id = -1;
    bool ownStation = false;  // announced for a change made through this very connection
};

// Subscribes the store's connection to the change channel (LISTEN) and calls `onChange` for each
// announcement, on the store's thread, from its event loop. Changes arrive after their transaction
// committed, typically within milliseconds. Does nothing for a project in a folder (one station).
class ChangeListener {
public:
    ChangeListener(ProjectStore& store, std::function<void(const RowChange&)> onChange);
    ~ChangeListener();
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    bool isListening() const { return m_listening; }
    static RowChange parse(const QString& payload);

private:
    ProjectStore& m_store;
    std::unique_ptr<QObject> m_context;  // ends the connection to the driver's signal with the listener
    bool m_listening = false;
};

}  // namespace dmad::project
