#pragma once

#include "contact.h"

#include <QList>
#include <QString>

namespace vpnwb {

// The enterprise that buys the VPN.
struct Customer
{
    QString name;
    QString industry;
    QList<Contact> contacts;

    bool operator==(const Customer &) const = default;
};

} // namespace vpnwb
