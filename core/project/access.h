// Who may do what in a project: the role rules, checked by the core services themselves.
#pragma once

#include "project/project_types.h"

#include <QString>
#include <optional>

namespace dmad::project {

class ProjectStore;

enum class Action {
    Label,   // label, paint masks, move between splits, train (a candidate version)
    Review,  // accept / reject labels and predictions, mark reviewed or not
    SetThreshold,
    ActivateModel,  // make a version active, also rolling back to an older one
    Delete,         // remove what someone else made (another user's mask)
    ManageUsers,
};

bool roleAllows(UserRole role, Action action);
// "set a threshold", for sentences like "Only a supervisor may ..."
QString describe(Action action);
// The role stored in the project for this name (matched by UserRepository::nameKey); none for a
// name without an account.
std::optional<UserRole> storedRole(ProjectStore& store, const QString& user);
bool isAllowed(ProjectStore& store, const QString& user, Action action);

// Returns when the user's stored role allows the action. Otherwise records a "refused" audit entry
// (committed on its own when no transaction is open) and throws ProjectError (NotAllowed) with a
// sentence for the user. The role always comes from the database, never from the caller.
void requireAllowed(ProjectStore& store, const QString& user, Action action, const QString& subject);

}  // namespace dmad::project
