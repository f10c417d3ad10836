#include "labspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>

namespace vpnwb {
namespace {

constexpr int kMaxRouters = 250; // of each role: the lab script's limit

// A Linux network device name: 1 to 15 characters, no '/', no blank, no ':'.
bool isLinuxDeviceName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.@+-]{1,15}$"));
    return valid.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

QString subInterface(const QString &parent, int vlan)
{
    return vlan == 0 ? parent : parent + QLatin1Char('.') + QString::number(vlan);
}

// The Linux devices a device's rendering uses: each port with its VLANs.
struct Ports
{
    std::map<QString, QList<int>> vlans; // port -> VLAN ids (0: untagged, not listed)
    QStringList order;

    void add(const QString &port, int vlan)
    {
        if (!vlans.count(port))
            order.append(port);
        QList<int> &v = vlans[port];
        if (vlan != 0 && !v.contains(vlan))
            v.append(vlan);
    }
};

} // namespace

Result<LabSpec> LabSpec::fromDesign(qint64 engagementId, const QString &engagementName,
                                    const QList<DeviceDesign> &devices, int maxPes)
{
    LabSpec spec;
    QList<const DeviceDesign *> pes;
    for (const DeviceDesign &d : devices) {
        if (d.role != DeviceRole::Pe)
            continue;
        if (d.vendor != QLatin1String("frr"))
            spec.m_leftOut.append(QStringLiteral("%1 is %2; the lab runs FRR only").arg(d.name, d.vendor));
        else if (pes.size() >= maxPes)
            spec.m_leftOut.append(
                QStringLiteral("%1: the lab has %2 PE(s) already (--pe %2)").arg(d.name).arg(maxPes));
        else
            pes.append(&d);
    }
    if (pes.isEmpty())
        return Error::notFound(QStringLiteral("no PE of the design of '%1' is FRR, and the lab runs FRR only "
                                              "(%2)")
                                   .arg(engagementName, spec.m_leftOut.join(QStringLiteral("; "))));

    // The CEs of the chosen PEs: a CE's attachment is a copy of its PE's, with the same link addresses.
    QList<const DeviceDesign *> ces;
    QJsonArray attachments;
    for (const DeviceDesign *pe : std::as_const(pes)) {
        for (const Attachment &a : pe->attachments) {
            const DeviceDesign *ce = nullptr;
            const Attachment *ceSide = nullptr;
            for (const DeviceDesign &d : devices) {
                if (d.role != DeviceRole::Ce)
                    continue;
                for (const Attachment &c : d.attachments) {
                    if (c.peAddress == a.peAddress && c.ceAddress == a.ceAddress) {
                        ce = &d;
                        ceSide = &c;
                    }
                }
            }
            if (!ce)
                continue; // an unmanaged CE: nothing of it in the lab
            if (ce->vendor != QLatin1String("frr"))
                return Error::invalidInput(
                    QStringLiteral(
                        "CE %1 of PE %2 is rendered for '%3', but the lab runs FRR only; run 'vpnwb "
                        "provider-settings cpe-vendor frr', then 'vpnwb design %4'")
                        .arg(ce->name, pe->name, ce->vendor, QString::number(engagementId)));
            if (!ces.contains(ce))
                ces.append(ce);
            const QString length = QLatin1Char('/') + QString::number(a.prefixLength);
            attachments.append(
                QJsonObject{{QStringLiteral("name"), a.name},
                            {QStringLiteral("pe"), pe->name},
                            {QStringLiteral("pePort"), a.parentInterface},
                            {QStringLiteral("peVlan"), a.vlan},
                            {QStringLiteral("peAddress"), QString(a.peAddress + length)},
                            {QStringLiteral("ce"), ce->name},
                            {QStringLiteral("cePort"), ceSide->parentInterface},
                            {QStringLiteral("ceVlan"), ceSide->vlan},
                            {QStringLiteral("ceAddress"), QString(ceSide->ceAddress + length)}});
        }
    }
    if (ces.size() > kMaxRouters)
        return Error::invalidInput(
            QStringLiteral("the PEs chosen have %1 CEs; the lab runs %2 at most (use a smaller --pe)")
                .arg(ces.size())
                .arg(kMaxRouters));

    QJsonArray routers;
    auto addRouter = [&](const DeviceDesign &d) -> Status {
        Ports ports;
        for (const Attachment &a : d.attachments)
            ports.add(a.parentInterface, a.vlan);
        for (const LanInterface &l : d.lanInterfaces)
            ports.add(l.name, l.vlan);
        QJsonArray portList;
        for (const QString &port : std::as_const(ports.order)) {
            QJsonArray vlans;
            for (int vlan : ports.vlans[port]) {
                if (!isLinuxDeviceName(subInterface(port, vlan)))
                    return Error::invalidInput(
                        QStringLiteral(
                            "device %1: '%2' is no Linux device name (at most 15 letters, digits and "
                            "'-_.'), so the lab cannot build it")
                            .arg(d.name, subInterface(port, vlan)));
                vlans.append(vlan);
            }
            if (!isLinuxDeviceName(port) || port == QLatin1String("lo") || port == QLatin1String("core"))
                return Error::invalidInput(
                    QStringLiteral("device %1: its port '%2' is no Linux device name the lab "
                                   "can use (at most 15 letters, digits and '-_.'; not lo "
                                   "or core)")
                        .arg(d.name, port));
            portList.append(QJsonObject{{QStringLiteral("name"), port}, {QStringLiteral("vlans"), vlans}});
        }
        // Each VRF loopback is a device of its own in the rendering ("lo" and its number).
        QJsonArray loopbacks;
        for (const VrfDefinition &v : d.vrfs) {
            if (!v.loopback.isEmpty())
                loopbacks.append(QStringLiteral("lo%1").arg(v.loopbackNumber()));
        }
        routers.append(QJsonObject{
            {QStringLiteral("name"), d.name},
            {QStringLiteral("role"), d.role == DeviceRole::Pe ? QStringLiteral("pe") : QStringLiteral("ce")},
            {QStringLiteral("loopback"), d.loopback},
            {QStringLiteral("ports"), portList},
            {QStringLiteral("vrfLoopbacks"), loopbacks}});
        (d.role == DeviceRole::Pe ? spec.m_pes : spec.m_ces).append(d.name);
        return Status::success();
    };
    for (const DeviceDesign *d : std::as_const(pes)) {
        if (Status s = addRouter(*d); !s)
            return s.error();
    }
    for (const DeviceDesign *d : std::as_const(ces)) {
        if (Status s = addRouter(*d); !s)
            return s.error();
    }
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("vpnwb-lab-spec")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("engagement"), engagementName},
                               {QStringLiteral("routers"), routers},
                               {QStringLiteral("attachments"), attachments}};
    spec.m_json = QJsonDocument(document).toJson();
    return spec;
}

} // namespace vpnwb
