#include "ui/review/login_dialog.h"

#include "project/project_error.h"
#include "ui/dialogs/app_settings.h"
#include "ui/review/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dmad::ui {
namespace {

// AppSettings and the project database spell the same two roles with two enums.
project::UserRole toProjectRole(UserRole role)
{
    return role == UserRole::Supervisor ? project::UserRole::Supervisor : project::UserRole::Labeller;
}

UserRole toSettingsRole(project::UserRole role)
{
    return role == project::UserRole::Supervisor ? UserRole::Supervisor : UserRole::Labeller;
}

}  // namespace

LoginDialog::LoginDialog(Session& session, project::ProjectStore* store, QWidget* parent)
    : QDialog(parent), m_session(session), m_store(store)
{
    setWindowTitle(tr("Sign In"));

    const AppSettings settings;
    m_name = new QLineEdit(settings.userName(), this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->addItem(tr("Labeller"), QVariant::fromValue(static_cast<int>(project::UserRole::Labeller)));
    m_role->addItem(tr("Supervisor"), QVariant::fromValue(static_cast<int>(project::UserRole::Supervisor)));
    m_role->setCurrentIndex(toProjectRole(settings.role()) == project::UserRole::Supervisor ? 1 : 0);
    m_role->setToolTip(tr("Labellers label images and paint masks; supervisors also review labels and set thresholds."));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateOkButton();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (const QString reason = AppSettings::checkUserName(name); !reason.isEmpty())
        return showError(reason);
    const auto role = static_cast<project::UserRole>(m_role->currentData().toInt());

    AppSettings settings;
    if (const QString reason = settings.setUserName(name); !reason.isEmpty())
        return showError(reason);
    if (const QString reason = settings.setRole(toSettingsRole(role)); !reason.isEmpty())
        return showError(reason);

    const QString previousName = m_session.userName();
    const project::UserRole previousRole = m_session.role();
    m_session.signIn(name, role);
    if (m_store) {
        try {
            m_session.recordIn(*m_store);
        } catch (const project::ProjectError& error) {
            m_session.signIn(previousName, previousRole);
            return showError(tr("The project could not record the user: %1").arg(error.message()));
        }
    }
    QDialog::accept();
}

void LoginDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

}  // namespace dmad::ui
