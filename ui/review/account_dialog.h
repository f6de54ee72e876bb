// Making an account: the project's first administrator, or a user an administrator adds (password asked twice).
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dmad::project {
class ProjectStore;
}

namespace dmad::ui {

class Session;

class AccountDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode {
        FirstAdministrator,  // a project without an administrator: the account made signs in
        AddUser              // the signed-in administrator adds a labeller, supervisor or administrator
    };

    AccountDialog(Mode mode, Session& session, project::ProjectStore& store, QWidget* parent = nullptr);

    QLineEdit* userNameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QComboBox* roleCombo() const { return m_role; }  // nullptr for the first administrator
    QString errorText() const;

public Q_SLOTS:
    // Refuses (and says why) a bad name, a short password, two different passwords or a taken name.
    void accept() override;

private:
    void showError(const QString& message);

    Mode m_mode;
    Session& m_session;
    project::ProjectStore& m_store;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QComboBox* m_role = nullptr;
    QLabel* m_error;
};

}  // namespace dmad::ui
