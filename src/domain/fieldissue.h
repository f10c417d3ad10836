#pragma once

#include <QList>
#include <QString>

namespace vpnwb {

// A problem with one field of the engagement, e.g. field "sites[LON-01].latitude".
struct FieldIssue
{
    QString field;
    QString message;

    QString toString() const { return field + QStringLiteral(": ") + message; }
    bool operator==(const FieldIssue &) const = default;
};

using FieldIssues = QList<FieldIssue>;

} // namespace vpnwb
