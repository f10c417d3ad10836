#pragma once

#include "designrun.h"
#include "engagement.h"
#include "importeddesign.h"
#include "popcatalog.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace vpnwb {

class Database;
class DesignEngine;

// Steps 4 and 5 against a workspace: decomposes an engagement with its
// stored serviceability results, allocates from the provider-wide pools,
// validates, and stores the findings, each in one transaction. What the CLI
// commands and the design pages call.
class DesignWorkflow
{
public:
    DesignWorkflow(Database &db, PopCatalog catalog) : m_db(db), m_catalog(std::move(catalog)) {}

    // Allocates what the engagement needs and releases what it no longer
    // needs. Idempotent: run again with nothing changed, it changes nothing.
    // When a pool falls short, nothing is allocated and a blocking finding says which.
    Result<DesignRun> design(const Engagement &engagement);
    // The design from what the engagement holds now; allocates and stores nothing.
    Result<DesignRun> current(const Engagement &engagement);
    // Changes one value of the design (see DesignOverride). Refused, with
    // nothing stored, when the value is held by another object (the holder is
    // named) or when it would add a blocking finding (they are listed).
    Result<DesignRun> override(const Engagement &engagement, const QString &object, const QString &field,
                               const QString &value);

    // Why steps 4 and 5 may not be marked done yet: never designed, values
    // not allocated, blocking findings (each "[rule] object: message").
    // Empty when they may.
    Result<QStringList> whyNotDone(const Engagement &engagement);

    // Keeps a brownfield design (read from L3NM) as an engagement of its own,
    // named `engagementName`, with its VPNs, the pool values it holds (so that no
    // other engagement is given them) and the findings of validating it.
    // Refused, with nothing stored, when another engagement holds one of its values.
    Result<DesignRun> importDesign(const QString &engagementName, const ImportedDesign &imported);

private:
    struct Inputs;
    Result<Inputs> inputs(const Engagement &engagement) const;
    Result<DesignRun> build(const Engagement &engagement, const Inputs &in, bool allocate);

    Database &m_db;
    PopCatalog m_catalog;
};

} // namespace vpnwb
