#pragma once

#include <QString>

namespace vpnwb {

// A person at the customer the provider deals with.
struct Contact
{
    QString name;
    QString role;
    QString email;
    QString phone;

    bool operator==(const Contact &) const = default;
};

} // namespace vpnwb
