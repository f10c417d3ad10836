#include "designrules.h"
#include "qosmodel.h"

namespace vpnwb::DesignRules {

void efShare(const NetworkDesign &d, Findings &out)
{
    for (const SiteQos &q : d.qos) {
        const int ef = q.percentOf(QStringLiteral("ef"));
        if (ef > d.efMaxPercent)
            out.append({{}, {}, q.id(),
                        QStringLiteral("real-time (EF) gets %1 % of the access rate, above the %2 % limit")
                            .arg(ef)
                            .arg(d.efMaxPercent),
                        QStringLiteral("a strict-priority queue that large starves the other classes when it "
                                       "is full; lower the EF share or raise the site's bandwidth")});
    }
}

void classShares(const NetworkDesign &d, Findings &out)
{
    for (const SiteQos &q : d.qos) {
        const QosModel &model = QosModel::of(q.model);
        for (const SiteQos::Share &s : q.shares) {
            if (!model.find(s.classId))
                out.append({{}, {}, q.id(),
                            QStringLiteral("class '%1' is not a class of the %2 model").arg(s.classId, toString(q.model)),
                            QStringLiteral("give shares to the classes of the model only")});
        }
        if (q.totalPercent() != 100)
            out.append({{}, {}, q.id(),
                        QStringLiteral("the class shares add up to %1 %, not 100 %").arg(q.totalPercent()),
                        QStringLiteral("change the shares so that they add up to 100 %")});
    }
}

} // namespace vpnwb::DesignRules
