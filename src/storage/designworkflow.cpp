#include "designworkflow.h"

#include "database.h"
#include "designengine.h"
#include "designoverride.h"
#include "designrepository.h"
#include "designvalidator.h"
#include "engagementrepository.h"
#include "providersettingsrepository.h"
#include "resourceallocator.h"
#include "resourcerepository.h"
#include "serviceabilityrepository.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace vpnwb {

struct DesignWorkflow::Inputs
{
    ProviderSettings settings;
    QList<SiteServiceability> serviceability;
};

Result<DesignWorkflow::Inputs> DesignWorkflow::inputs(const Engagement &e) const
{
    if (e.sites.isEmpty()) {
        const auto held = ResourceRepository(m_db).of(e.id);
        if (!held)
            return held.error();
        if (std::any_of(held->cbegin(), held->cend(),
                        [](const ResourceAllocation &a) { return a.origin == AllocationOrigin::Import; }))
            return Error::conflict(QStringLiteral("engagement '%1' was imported from L3NM and has no sites: it keeps "
                                                  "the brownfield design as imported, reserving its values so that no "
                                                  "other design reuses them, and is not designed, rendered or pushed "
                                                  "by the workbench ('vpnwb findings %2' lists what the import found)")
                                       .arg(e.name)
                                       .arg(e.id));
    }
    auto settings = ProviderSettingsRepository(m_db).load(m_catalog.providerAs);
    if (!settings)
        return settings.error();
    auto results = ServiceabilityRepository(m_db).load(e.id);
    if (!results)
        return results.error();
    return Inputs{*settings, *results};
}

// Call inside a transaction: reads what is held, allocates when asked, validates.
Result<DesignRun> DesignWorkflow::build(const Engagement &e, const Inputs &in, bool allocate)
{
    const DesignEngine engine(m_catalog, in.settings);
    const DesignDemand demand = engine.decompose(e, in.serviceability);
    const auto choices = DesignRepository(m_db).choices(e.id);
    if (!choices)
        return choices.error();
    ResourceRepository resources(m_db);
    const auto all = resources.all();
    if (!all)
        return all.error();
    QList<ResourceAllocation> mine;
    QList<ResourceAllocation> others;
    for (const ResourceAllocation &a : *all)
        (a.engagementId == e.id ? mine : others).append(a);

    DesignRun run;
    run.settings = in.settings;
    QList<ResourceAllocation> held = mine;
    QList<PoolShortage> shortages;
    if (allocate && demand.isAllocatable()) {
        const AllocationPlan plan =
            ResourceAllocator(in.settings, engine.inventory()).plan(e.id, demand.requests, mine, others);
        if (plan.shortages.isEmpty()) {
            if (const Status s = resources.apply(e.id, plan); !s)
                return s.error();
            held = plan.held;
            run.allocated = true;
            run.added = plan.added.size();
            run.released = plan.released.size();
        }
        shortages = plan.shortages;
    }
    run.held = held.size();
    for (const ResourceAllocation &a : held) {
        if (a.origin == AllocationOrigin::Override)
            run.overridden.insert(a.key());
    }
    run.design = engine.complete(demand, held, *choices, shortages);
    run.findings = DesignValidator::validate(run.design);
    run.pools = PoolUtilisation::of(in.settings, engine.inventory(), others + held, e.id);
    return run;
}

Result<DesignRun> DesignWorkflow::design(const Engagement &e)
{
    const auto in = inputs(e);
    if (!in)
        return in.error();
    std::optional<DesignRun> run;
    const Status s = m_db.transaction([&]() -> Status {
        auto built = build(e, *in, true);
        if (!built)
            return built.error();
        run = std::move(built.value());
        return DesignRepository(m_db).saveFindings(e.id, run->findings);
    });
    if (!s)
        return s.error();
    return *run;
}

Result<DesignRun> DesignWorkflow::current(const Engagement &e)
{
    const auto in = inputs(e);
    if (!in)
        return in.error();
    return build(e, *in, false);
}

Result<QStringList> DesignWorkflow::whyNotDone(const Engagement &e)
{
    const auto stored = DesignRepository(m_db).findings(e.id);
    if (!stored)
        return stored.error();
    const auto run = current(e);
    if (!run)
        return run.error();
    QStringList reasons;
    if (!stored->validatedAt.isValid())
        reasons << QStringLiteral("the engagement has not been designed");
    const QStringList missing = run->design.missingValues();
    if (stored->validatedAt.isValid() && !missing.isEmpty())
        reasons << QStringLiteral("%1 value(s) are not allocated yet, first %2").arg(missing.size()).arg(missing.first());
    for (const DesignFinding &f : run->blocking())
        reasons << QStringLiteral("[%1] %2").arg(f.rule, f.toString());
    return reasons;
}

Result<DesignRun> DesignWorkflow::override(const Engagement &e, const QString &object, const QString &field,
                                           const QString &value)
{
    const auto in = inputs(e);
    if (!in)
        return in.error();
    std::optional<DesignRun> run;
    const Status s = m_db.transaction([&]() -> Status {
        const auto before = build(e, *in, false);
        if (!before)
            return before.error();
        const PeInventory inventory(m_catalog);
        const auto o = DesignOverride::parse(before->design, in->settings, inventory, object, field, value);
        if (!o)
            return o.error();
        if (o->target == DesignOverride::Target::Resource) {
            ResourceRepository resources(m_db);
            const auto holder = resources.otherHolder(o->allocation);
            if (!holder)
                return holder.error();
            if (*holder)
                return Error::conflict(QStringLiteral("%1 %2: %3 is in use by %4; nothing was changed")
                                           .arg(object, field, value, (*holder)->toString()));
            if (const Status r = resources.replace(o->allocation); !r)
                return r;
        } else if (const Status c = DesignRepository(m_db).setChoice(e.id, object, field, o->value); !c) {
            return c;
        }
        auto after = build(e, *in, false);
        if (!after)
            return after.error();
        run = std::move(after.value());
        QSet<QString> known;
        for (const DesignFinding &f : before->findings)
            known.insert(f.rule + f.objectId + f.message);
        QStringList added;
        for (const DesignFinding &f : run->blocking()) {
            if (!known.contains(f.rule + f.objectId + f.message))
                added << QStringLiteral("  [%1] %2").arg(f.rule, f.toString());
        }
        if (!added.isEmpty())
            return Error::invalidInput(QStringLiteral("%1 %2 = %3 was not stored: it would add blocking finding(s):\n%4")
                                           .arg(object, field, value, added.join(QLatin1Char('\n'))));
        return DesignRepository(m_db).saveFindings(e.id, run->findings);
    });
    if (!s)
        return s.error();
    return *run;
}

} // namespace vpnwb

namespace vpnwb {

Result<DesignRun> DesignWorkflow::importDesign(const QString &engagementName, const ImportedDesign &imported)
{
    Engagement shell;
    shell.name = engagementName;
    shell.customer.name = imported.design.customerName.isEmpty() ? engagementName : imported.design.customerName;
    for (const VpnDesign &v : imported.design.vpns)
        shell.vpns.append({v.vpnId, v.name, v.topology, {}, v.extranetConsumers});
    auto settings = ProviderSettingsRepository(m_db).load(m_catalog.providerAs);
    if (!settings)
        return settings.error();

    DesignRun run;
    run.settings = *settings;
    run.design = imported.design;
    const Status s = m_db.transaction([&]() -> Status {
        const auto saved = EngagementRepository(m_db).save(shell);
        if (!saved)
            return saved.error();
        run.design.engagementId = saved->id;
        run.design.engagementName = saved->name;
        ResourceRepository resources(m_db);
        AllocationPlan plan;
        for (ResourceAllocation a : imported.resources) {
            a.engagementId = saved->id;
            const auto holder = resources.otherHolder(a);
            if (!holder)
                return holder.error();
            if (*holder)
                return Error::conflict(QStringLiteral("%1 %2: %3 is in use by %4; nothing was imported")
                                           .arg(a.object, a.field, a.value, (*holder)->toString()));
            plan.added.append(a);
        }
        if (const Status applied = resources.apply(saved->id, plan); !applied)
            return applied;
        const auto all = resources.all();
        if (!all)
            return all.error();
        run.allocated = true;
        run.added = run.held = plan.added.size();
        run.findings = DesignValidator::validate(run.design);
        run.pools = PoolUtilisation::of(*settings, PeInventory(m_catalog), *all, saved->id);
        return DesignRepository(m_db).saveFindings(saved->id, run.findings);
    });
    if (!s)
        return s.error();
    return run;
}

} // namespace vpnwb
