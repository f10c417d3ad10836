#pragma once

#include "engagement.h"
#include "result.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace vpnwb {

class CliContext;

// vpnwb demo | engagements | show | status
int runDemo(CliContext &c);
int runEngagements(CliContext &c);
int runShow(CliContext &c);
int runStatus(CliContext &c);
int runSteps(CliContext &c);

// Shared with the other command files.
void printTable(QTextStream &out, const QList<QStringList> &rows); // rows as aligned columns
Result<Engagement> findEngagement(CliContext &c, const QString &idOrName);

} // namespace vpnwb
