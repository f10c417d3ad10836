#include "designtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace vpnwb {
namespace {

QString targets(const QList<RouteValue> &list)
{
    QStringList out;
    for (const RouteValue &rt : list)
        out << rt.toString();
    return out.join(QLatin1Char(' '));
}

QString rate(std::int64_t kbps)
{
    if (kbps <= 0)
        return QStringLiteral("-");
    if (kbps % 1'000'000 == 0)
        return DesignTableModel::tr("%1 Gb/s").arg(kbps / 1'000'000);
    if (kbps % 1000 == 0)
        return DesignTableModel::tr("%1 Mb/s").arg(kbps / 1000);
    return DesignTableModel::tr("%1 kb/s").arg(kbps);
}

QString address(const std::optional<std::uint32_t> &a)
{
    return a ? Ipv4Prefix::addressToString(*a) : QString();
}

QString roleText(VrfRole role)
{
    switch (role) {
    case VrfRole::AnyToAny:
        return DesignTableModel::tr("any-to-any");
    case VrfRole::Hub:
        return DesignTableModel::tr("hub");
    case VrfRole::Spoke:
        return DesignTableModel::tr("spoke");
    }
    return {};
}

QString homingText(Homing homing)
{
    return homing == Homing::Primary ? DesignTableModel::tr("primary") : DesignTableModel::tr("secondary");
}

} // namespace

DesignTableModel::DesignTableModel(Table table, QObject *parent) : QAbstractTableModel(parent), m_table(table)
{}

void DesignTableModel::setRun(const DesignRun &run)
{
    beginResetModel();
    m_run = run;
    m_policyRows.clear();
    for (qsizetype p = 0; p < m_run.design.policies.size(); ++p) {
        for (qsizetype t = 0; t < m_run.design.policies[p].terms.size(); ++t)
            m_policyRows.append({p, t});
    }
    endResetModel();
}

int DesignTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Vrfs:
        return int(m_run.design.vrfs.size());
    case Table::Attachments:
        return int(m_run.design.attachments.size());
    case Table::Pools:
        return int(m_run.pools.size());
    case Table::Findings:
        return int(m_run.findings.size());
    case Table::Qos:
        return int(m_run.design.qos.size());
    case Table::Policies:
        return int(m_policyRows.size());
    }
    return 0;
}

int DesignTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Vrfs:
        return 8;
    case Table::Attachments:
        return 11;
    case Table::Pools:
        return 5;
    case Table::Findings:
        return 5;
    case Table::Qos:
        return 6;
    case Table::Policies:
        return 5;
    }
    return 0;
}

QVariant DesignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    QStringList names;
    switch (m_table) {
    case Table::Vrfs:
        names = {tr("VRF"),        tr("PE"),         tr("Role"),     tr("RD"),
                 tr("Import RTs"), tr("Export RTs"), tr("Loopback"), tr("Max. routes")};
        break;
    case Table::Attachments:
        names = {tr("Site"),       tr("VPN"),           tr("Homing"),       tr("PE"),
                 tr("Port"),       tr("Sub-interface"), tr("VLAN"),         tr("Link"),
                 tr("PE address"), tr("CE address"),    tr("PE-CE routing")};
        break;
    case Table::Pools:
        names = {tr("Pool"), tr("Used"), tr("Size"), tr("Used %"), tr("This engagement")};
        break;
    case Table::Findings:
        names = {tr("Severity"), tr("Rule"), tr("Object"), tr("Finding"), tr("Hint")};
        break;
    case Table::Qos:
        names = {tr("Site"), tr("Access"), tr("Port"), tr("Shaper"), tr("EF policer"), tr("Class shares")};
        break;
    case Table::Policies:
        names = {tr("Policy"), tr("VPN"), tr("Term"), tr("Action"), tr("Route targets")};
        break;
    }
    return names.value(section);
}

QString DesignTableModel::objectIdOf(int row) const
{
    switch (m_table) {
    case Table::Vrfs:
        return m_run.design.vrfs[row].id();
    case Table::Attachments:
        return m_run.design.attachments[row].id();
    case Table::Findings:
        return m_run.findings[row].objectId;
    case Table::Qos:
        return m_run.design.qos[row].id();
    case Table::Policies:
        return QStringLiteral("vpn:") + m_run.design.policies[m_policyRows[row].policy].vpnId;
    case Table::Pools:
        break;
    }
    return {};
}

QVariant DesignTableModel::display(int row, int column) const
{
    const NetworkDesign &d = m_run.design;
    switch (m_table) {
    case Table::Vrfs: {
        const VrfInstance &v = d.vrfs[row];
        const QVariantList values{v.name,
                                  v.pe,
                                  roleText(v.role),
                                  v.rd ? v.rd->toString() : QString(),
                                  targets(v.importTargets),
                                  targets(v.exportTargets),
                                  address(v.loopback),
                                  v.maxRoutes};
        return values.value(column);
    }
    case Table::Attachments: {
        const SiteAttachment &a = d.attachments[row];
        QString routing = tr("static");
        if (a.routing == CeRouting::Bgp) {
            routing = tr("eBGP, AS %1").arg(a.customerAs);
            if (a.asOverride)
                routing += tr(", as-override");
            if (a.allowAsIn)
                routing += tr(", allowas-in");
            if (a.siteOfOrigin)
                routing += tr(", SoO %1").arg(a.siteOfOrigin->toString());
        }
        const QVariantList values{a.siteId,
                                  a.vpnId,
                                  homingText(a.homing),
                                  a.pe,
                                  a.port,
                                  a.subInterface,
                                  a.vlan > 0 ? QVariant(a.vlan) : QVariant(),
                                  a.link ? a.link->toString() : QString(),
                                  a.link ? Ipv4Prefix::addressToString(a.peAddress) : QString(),
                                  a.link ? Ipv4Prefix::addressToString(a.ceAddress) : QString(),
                                  routing};
        return values.value(column);
    }
    case Table::Pools: {
        const PoolUtilisation &p = m_run.pools[row];
        const QVariantList values{p.pool, qlonglong(p.used), qlonglong(p.size),
                                  QLocale().toString(p.percentUsed(), 'f', 1), qlonglong(p.usedByEngagement)};
        return values.value(column);
    }
    case Table::Findings: {
        const DesignFinding &f = m_run.findings[row];
        const QVariantList values{f.isBlocking() ? tr("Blocking") : tr("Warning"), f.rule, f.objectId,
                                  f.message, f.hint};
        return values.value(column);
    }
    case Table::Qos: {
        const SiteQos &q = d.qos[row];
        QStringList shares;
        for (const SiteQos::Share &s : q.shares)
            shares << QStringLiteral("%1 %2 %").arg(s.classId.toUpper()).arg(s.percent);
        const QVariantList values{q.siteId,
                                  rate(q.accessKbps),
                                  rate(q.portSpeedKbps),
                                  q.shaperKbps() > 0 ? rate(q.shaperKbps()) : tr("none"),
                                  rate(q.classKbps(QStringLiteral("ef"))),
                                  shares.join(QStringLiteral(" · "))};
        return values.value(column);
    }
    case Table::Policies: {
        const VrfPolicy &p = d.policies[m_policyRows[row].policy];
        const VrfPolicy::Term &t = p.terms[m_policyRows[row].term];
        const bool import = p.direction == VrfPolicy::Direction::Import;
        const QVariantList values{p.name, p.vpnId, t.sequence,
                                  import ? tr("accept: %1").arg(t.description)
                                         : tr("set: %1").arg(t.description),
                                  targets(import ? t.matchTargets : t.setTargets)};
        return values.value(column);
    }
    }
    return {};
}

QVariant DesignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        return display(row, index.column()).toString();
    case Qt::ToolTipRole:
        if (m_table == Table::Findings)
            return m_run.findings[row].hint;
        if (isOverridden(row, index.column()))
            return tr("%1 — overridden").arg(display(row, index.column()).toString());
        if (!overrideTarget(row, index.column()).object.isEmpty())
            return tr("%1 — double-click to override").arg(display(row, index.column()).toString());
        return display(row, index.column());
    case Qt::FontRole:
        if (isOverridden(row, index.column())) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (m_table == Table::Findings && m_run.findings[row].isBlocking())
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (m_table == Table::Pools && index.column() > 0)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ObjectIdRole:
        return objectIdOf(row);
    case OverrideObjectRole:
        return overrideTarget(row, index.column()).object;
    case OverrideFieldRole:
        return overrideTarget(row, index.column()).field;
    case OverriddenRole:
        return isOverridden(row, index.column());
    case BlockingRole:
        return m_table == Table::Findings ? QVariant(m_run.findings[row].isBlocking()) : QVariant();
    case SharesRole: {
        if (m_table != Table::Qos)
            return {};
        QVariantList shares;
        for (const SiteQos::Share &s : m_run.design.qos[row].shares)
            shares.append(QVariant(QVariantList{s.classId, s.percent}));
        return shares;
    }
    default:
        return {};
    }
}

DesignTableModel::OverrideTarget DesignTableModel::overrideTarget(int row, int column) const
{
    const NetworkDesign &d = m_run.design;
    if (m_table == Table::Vrfs) {
        const VrfInstance &v = d.vrfs[row];
        if (column == 3)
            return {v.id(), QStringLiteral("rd")};
        if (column == 6)
            return {v.id(), QStringLiteral("loopback")};
        // The VRF exports one RT of its VPN; the VPN holds it, so the override is the VPN's.
        const VpnDesign *vpn = d.findVpn(v.vpnId);
        if (column != 5 || !vpn || v.exportTargets.size() != 1)
            return {};
        switch (v.role) {
        case VrfRole::AnyToAny:
            return {vpn->id(), QStringLiteral("rt")};
        case VrfRole::Spoke:
            return {vpn->id(), QStringLiteral("rt-spoke")};
        case VrfRole::Hub:
            if (vpn->topology == VpnTopology::HubAndSpokeDisjoint)
                return v.hubSiteId.isEmpty()
                           ? OverrideTarget{}
                           : OverrideTarget{vpn->id(), QStringLiteral("rt-hub:") + v.hubSiteId};
            return {vpn->id(), QStringLiteral("rt-hub")};
        }
        return {};
    }
    if (m_table == Table::Attachments) {
        const SiteAttachment &a = d.attachments[row];
        if (column == 4)
            return {a.circuitId(), QStringLiteral("port")};
        if (column == 6)
            return {a.id(), QStringLiteral("vlan")};
        if (column == 7)
            return {a.id(), QStringLiteral("link")};
    }
    return {};
}

bool DesignTableModel::isOverridden(int row, int column) const
{
    // The PE and CE addresses follow the link.
    if (m_table == Table::Attachments && (column == 8 || column == 9))
        column = 7;
    const OverrideTarget t = overrideTarget(row, column);
    return !t.object.isEmpty() && m_run.isOverridden(t.object, t.field);
}

Qt::ItemFlags DesignTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid) &&
        !overrideTarget(index.row(), index.column()).object.isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DesignTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const OverrideTarget t = overrideTarget(index.row(), index.column());
    const QString text = value.toString().trimmed();
    if (t.object.isEmpty() || text == display(index.row(), index.column()).toString())
        return false;
    emit overrideRequested(t.object, t.field, text);
    return false; // the value changes with the next run, if the override is stored
}

int DesignTableModel::rowOf(const QString &objectId) const
{
    const NetworkDesign &d = m_run.design;
    const QString kind = objectId.section(QLatin1Char(':'), 0, 0);
    const QString rest = objectId.section(QLatin1Char(':'), 1);
    if (m_table == Table::Vrfs) {
        for (qsizetype i = 0; i < d.vrfs.size(); ++i) {
            if (d.vrfs[i].id() == objectId || (kind == QLatin1String("vpn") && d.vrfs[i].vpnId == rest))
                return int(i);
        }
    } else if (m_table == Table::Attachments) {
        const QString site = rest.section(QLatin1Char('/'), 0, 0);
        const bool bySite =
            kind == QLatin1String("site") || kind == QLatin1String("access") || kind == QLatin1String("qos");
        for (qsizetype i = 0; i < d.attachments.size(); ++i) {
            if (d.attachments[i].id() == objectId || (bySite && d.attachments[i].siteId == site))
                return int(i);
        }
    } else {
        for (int i = 0; i < rowCount(); ++i) {
            if (objectIdOf(i) == objectId)
                return i;
        }
    }
    return -1;
}

} // namespace vpnwb
