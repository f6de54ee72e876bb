// The start-up question "who are you and in which role": pre-filled from the settings, remembered there and in the project.
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

class LoginDialog : public QDialog {
    Q_OBJECT

public:
    // With a store, accepting also records the user (and the role) in that project's users table.
    explicit LoginDialog(Session& session, project::ProjectStore* store = nullptr, QWidget* parent = nullptr);

    QLineEdit* userNameEdit() const { return m_name; }
    QComboBox* roleCombo() const { return m_role; }
    QString errorText() const;

public Q_SLOTS:
    // Refuses (and says why) on an empty name, unwritable settings or a project that cannot record the user.
    void accept() override;

private:
    void showError(const QString& message);
    void updateOkButton();

    Session& m_session;
    project::ProjectStore* m_store;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

}  // namespace dmad::ui
