#include "ui/team/conflict_question.h"

#include <QMessageBox>
#include <QPushButton>

namespace dmad::ui {

ConflictChoice askAboutConflict(QWidget* parent, const QString& what, const QString& detail) {
    QMessageBox box(QMessageBox::Warning, QMessageBox::tr("Changed on another station"),
                    QMessageBox::tr("Someone else saved %1 after you opened it.").arg(what), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("conflictQuestion"));
    box.setInformativeText(QMessageBox::tr("Keep yours (replacing theirs), take theirs (dropping yours), or go on "
                                           "editing and decide later?"));
    box.setDetailedText(detail);
    QPushButton* overwrite = box.addButton(QMessageBox::tr("&Keep Mine"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwrite"));
    QPushButton* theirs = box.addButton(QMessageBox::tr("&Take Theirs"), QMessageBox::AcceptRole);
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    QPushButton* later = box.addButton(QMessageBox::tr("&Go On Editing"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("keepEditing"));
    box.setDefaultButton(later);  // Enter never throws anyone's work away
    box.exec();
    if (box.clickedButton() == overwrite) return ConflictChoice::Overwrite;
    if (box.clickedButton() == theirs) return ConflictChoice::TakeTheirs;
    return ConflictChoice::KeepEditing;
}

}  // namespace dmad::ui
