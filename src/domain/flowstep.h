#pragma once

#include <QList>
#include <QString>

namespace vpnwb {

// The static description of one of the ten steps of enterprise VPN
// activation. Texts are untranslated source strings; the GUI translates them
// in the "FlowStep" context.
struct FlowStep
{
    int number = 0;
    const char *name = nullptr;
    const char *owner = nullptr; // BSS, OSS, BSS + OSS, Partner
    const char *systems = nullptr;
    const char *etomL2 = nullptr;
    const char *etomL3 = nullptr;
    const char *pageSummary = nullptr; // what the step's page holds

    static const QList<FlowStep> &all();
    static const FlowStep *byNumber(int number);
    static constexpr int count = 10;
};

} // namespace vpnwb
