#pragma once

#include <QString>

namespace vpnwb {

struct PostalAddress
{
    QString street;
    QString city;
    QString postalCode;

    bool operator==(const PostalAddress &) const = default;
};

} // namespace vpnwb
