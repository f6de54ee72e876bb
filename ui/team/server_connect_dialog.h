// File > Connect to Server...: where a team project is (host, port, database, user) and this station's image root.
#pragma once

#include "project/project_types.h"
#include "project/server_connection.h"

#include <QDialog>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

// Remembers host, port, database, user and the image root of this station (QSettings); the password is
// typed at each connection and kept in memory only. accept() connects, and stays open with the
// server's reason when that fails (wrong password, unknown database, server not reachable).
class ServerConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget* parent = nullptr);
    ~ServerConnectDialog() override;

    // What the fields say now (with the password).
    project::ServerConnection connection() const;
    // The open project after a successful accept(); the dialog no longer owns it.
    std::unique_ptr<project::ProjectStore> takeStore();
    // The project's account signed in with the same name and password (audited), so nobody types the
    // password twice; none when that did not work (a new project without an administrator, an account
    // whose project password differs): then the usual sign-in follows.
    const std::optional<project::UserRecord>& signedInAccount() const { return m_account; }
    QString errorText() const;

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* imageRootEdit() const { return m_imageRoot; }

public Q_SLOTS:
    void accept() override;

private:
    void chooseImageRoot();
    void updateConnectButton();
    void remember() const;

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_imageRoot;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<project::ProjectStore> m_store;
    std::optional<project::UserRecord> m_account;
};

}  // namespace dmad::ui
