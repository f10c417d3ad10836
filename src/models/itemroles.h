#pragma once

#include <Qt>

namespace vpnwb {

// Item-data roles the models share with the GUI's delegates.
struct ItemRoles
{
    // For a cell edited by picking one of a few values: a QVariantList of
    // QStringList{value, label}; the editor writes the value with EditRole.
    static constexpr int Choices = Qt::UserRole + 20;
};

} // namespace vpnwb
