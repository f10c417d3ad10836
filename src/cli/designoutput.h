#pragma once

#include "designrun.h"
#include "storedfindings.h"

#include <QJsonObject>
#include <QTextStream>

namespace vpnwb {

// How the design commands show a design: aligned tables for people, JSON for scripts.
class DesignOutput
{
public:
    static void printDesign(QTextStream &out, const DesignRun &run);
    static void printFindings(QTextStream &out, const QList<DesignFinding> &findings);
    // "vpnwb: the design of 'E' has 2 blocking finding(s):" and one line each.
    static void printBlocking(QTextStream &err, const QString &engagementName, const QList<DesignFinding> &blocking);

    static QJsonObject toJson(const DesignRun &run);
    static QJsonObject toJson(const DesignFinding &finding);
};

} // namespace vpnwb
