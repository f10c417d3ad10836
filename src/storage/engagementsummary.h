#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace vpnwb {

// One line of the engagement list.
struct EngagementSummary
{
    std::int64_t id = 0;
    QString name;
    QString customerName;
    int siteCount = 0;
    int vpnCount = 0;
    int stepsDone = 0;
    QDateTime updatedAt;
};

} // namespace vpnwb
