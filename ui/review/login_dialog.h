// Signing in to a project with a name and password; the role comes from the account, never from the dialog.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class Session;

// Starts empty every time: neither the last user's name nor a role is offered, so nobody signs in as
// the previous supervisor by pressing Enter.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(Session& session, project::ProjectStore& store, QWidget* parent = nullptr);

    QLineEdit* userNameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QString errorText() const;

public Q_SLOTS:
    // Refuses (and says why) an unknown name, a wrong password or an account without a password.
    void accept() override;

private:
    void showError(const QString& message);
    void updateOkButton();

    Session& m_session;
    project::ProjectStore& m_store;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

}  // namespace dmad::ui
