#pragma once

#include "customer.h"
#include "site.h"
#include "stepstatus.h"
#include "vpnservice.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace vpnwb {

// One enterprise customer's VPN deal: the aggregate that all ten steps of
// the activation flow read and extend. A value type; storage keeps it.
struct Engagement
{
    std::int64_t id = 0; // 0 until stored
    QString name;
    Customer customer;
    QList<Site> sites;
    QList<VpnService> vpns;
    QList<StepStatus> steps; // one per flow step, ordered 1..10 (see normalizeSteps)
    QDateTime createdAt;
    QDateTime updatedAt;

    const Site *findSite(const QString &siteId) const;
    Site *findSite(const QString &siteId);
    qsizetype siteIndex(const QString &siteId) const;
    const VpnService *findVpn(const QString &vpnId) const;

    StepStatus stepStatus(int step) const;
    void setStepStatus(const StepStatus &status);
    // Makes `steps` hold exactly one entry for each of the ten steps, in order.
    void normalizeSteps();

    // Equality of content; ids and timestamps of storage are ignored.
    bool sameContent(const Engagement &other) const;
    bool operator==(const Engagement &) const = default;
};

} // namespace vpnwb
