#pragma once

#include "networkdesign.h"
#include "peinventory.h"
#include "providersettings.h"
#include "resourceallocation.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace vpnwb {

// An engineer's change to one value of a design: a pool value (RD, RT, SoO,
// address, port, VLAN) the engagement then holds as an override, or a design
// choice (QoS model and shares, as-override, MTU, maximum prefixes). Parsed
// against the current design, so that the object must exist and the value
// must suit the field; an error names the object and the field.
struct DesignOverride
{
    enum class Target { Resource, Choice };

    Target target = Target::Choice;
    ResourceAllocation allocation; // Resource: the value to hold
    QString object;
    QString field;
    QString value; // canonical text

    static Result<DesignOverride> parse(const NetworkDesign &design, const ProviderSettings &settings,
                                        const PeInventory &inventory, const QString &object,
                                        const QString &field, const QString &value);
    // The fields an object of this kind has, for messages and help.
    static QStringList fieldsOf(const QString &object);
};

} // namespace vpnwb
