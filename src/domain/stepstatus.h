#pragma once

#include "domaintypes.h"

#include <QDateTime>
#include <QString>

namespace vpnwb {

// Where one of the ten flow steps stands for an engagement.
struct StepStatus
{
    int step = 0; // 1..10
    StepState state = StepState::NotStarted;
    QDateTime updatedAt; // UTC; invalid while never touched
    QString note;

    bool operator==(const StepStatus &) const = default;
};

} // namespace vpnwb
