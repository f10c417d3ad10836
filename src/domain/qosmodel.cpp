#include "qosmodel.h"

#include <QStringList>

namespace vpnwb {
namespace {

// DSCP code points (RFC 2474, 2597, 3246, 4594).
constexpr int kEf = 46, kCs5 = 40, kCs6 = 48, kCs4 = 32, kCs3 = 24, kCs2 = 16, kCs1 = 8;
const QList<int> kAf4{34, 36, 38}, kAf3{26, 28, 30}, kAf2{18, 20, 22}, kAf1{10, 12, 14};

QList<int> join(std::initializer_list<QList<int>> lists)
{
    QList<int> out;
    for (const QList<int> &l : lists)
        out += l;
    return out;
}

} // namespace

const QosModel &QosModel::of(QosModelKind kind)
{
    static const QosModel four(
        QosModelKind::FourClass,
        {{QStringLiteral("ef"), QStringLiteral("real-time"), {kEf, kCs5}, 25, true},
         {QStringLiteral("af31"), QStringLiteral("business-critical"), join({kAf3, {kCs3}, kAf4, {kCs4, kCs6}}), 35,
          false},
         {QStringLiteral("af21"), QStringLiteral("transactional"), join({kAf2, {kCs2}}), 20, false},
         {QStringLiteral("be"), QStringLiteral("best-effort"), join({{0}, kAf1, {kCs1}}), 20, false}});
    static const QosModel six(
        QosModelKind::SixClass,
        {{QStringLiteral("ef"), QStringLiteral("real-time"), {kEf, kCs5}, 20, true},
         {QStringLiteral("af41"), QStringLiteral("video"), join({kAf4, {kCs4}}), 20, false},
         {QStringLiteral("af31"), QStringLiteral("business-critical"), join({kAf3, {kCs3, kCs6}}), 25, false},
         {QStringLiteral("af21"), QStringLiteral("transactional"), join({kAf2, {kCs2}, kAf1}), 15, false},
         {QStringLiteral("be"), QStringLiteral("best-effort"), {0}, 15, false},
         {QStringLiteral("cs1"), QStringLiteral("scavenger"), {kCs1}, 5, false}});
    return kind == QosModelKind::FourClass ? four : six;
}

const ServiceClass *QosModel::find(const QString &classId) const
{
    for (const ServiceClass &c : m_classes) {
        if (c.id == classId)
            return &c;
    }
    return nullptr;
}

QMap<QString, int> QosModel::defaultShares() const
{
    QMap<QString, int> out;
    for (const ServiceClass &c : m_classes)
        out.insert(c.id, c.defaultPercent);
    return out;
}

Result<QMap<QString, int>> QosModel::parseShares(const QString &text) const
{
    QStringList ids;
    for (const ServiceClass &c : m_classes)
        ids << c.id;
    const QString expected = QStringLiteral("expected CLASS=PERCENT for each class of the %1 model (%2)")
                                 .arg(toString(m_kind), ids.join(QStringLiteral(", ")));
    QMap<QString, int> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = item.trimmed().split(QLatin1Char('='));
        bool ok = false;
        const int percent = kv.value(1).trimmed().toInt(&ok);
        const QString id = kv.value(0).trimmed().toLower();
        if (kv.size() != 2 || !ok)
            return Error::invalidInput(QStringLiteral("'%1': %2").arg(item.trimmed(), expected));
        if (!find(id))
            return Error::invalidInput(
                QStringLiteral("'%1' is not a class of the %2 model (%3)").arg(id, toString(m_kind), ids.join(QStringLiteral(", "))));
        if (percent < 0 || percent > 100)
            return Error::invalidInput(QStringLiteral("%1=%2: a share is 0 to 100 %").arg(id).arg(percent));
        if (out.contains(id))
            return Error::invalidInput(QStringLiteral("class %1 is given twice").arg(id));
        out.insert(id, percent);
    }
    for (const QString &id : ids) {
        if (!out.contains(id))
            return Error::invalidInput(QStringLiteral("class %1 has no share: %2").arg(id, expected));
    }
    return out;
}

QString QosModel::sharesToString(const QMap<QString, int> &shares)
{
    QStringList parts;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(','));
}

} // namespace vpnwb
