#include "rfc7951xml.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace vpnwb {
namespace {

QString namespaceOf(const QString &module)
{
    return QStringLiteral("urn:ietf:params:xml:ns:yang:") + module;
}

bool isStandardModule(const QString &module)
{
    static const QRegularExpression name(QStringLiteral("^(ietf|iana)-[a-z0-9-]+$"));
    return name.match(module).hasMatch();
}

class Writer
{
public:
    explicit Writer(const QHash<QString, QStringList> &keys) : m_keys(keys) {}

    Status member(const QString &jsonName, const QJsonValue &value, const QString &parentModule, const QString &path);
    QString out;

private:
    Status element(const QString &name, const QString &module, bool newNamespace, const QJsonValue &value,
                   const QString &path, bool listEntry = false);
    Status object(const QJsonObject &o, const QString &module, const QString &path, const QStringList &keysFirst);
    Result<QString> scalar(const QJsonValue &value, const QString &path, QString &declaration) const;

    const QHash<QString, QStringList> &m_keys;
};

Status Writer::member(const QString &jsonName, const QJsonValue &value, const QString &parentModule,
                      const QString &path)
{
    QString module = parentModule;
    QString name = jsonName;
    if (const qsizetype colon = jsonName.indexOf(QLatin1Char(':')); colon >= 0) {
        module = jsonName.left(colon);
        name = jsonName.mid(colon + 1);
        if (!isStandardModule(module))
            return Error::invalidInput(
                QStringLiteral("%1: the module '%2' is not an IETF or IANA one; its XML namespace is not known")
                    .arg(path, module));
    }
    if (module.isEmpty())
        return Error::invalidInput(QStringLiteral("%1: a top-level member must name its module (\"module:%2\")")
                                       .arg(path, name));
    const bool newNamespace = module != parentModule;
    if (!value.isArray())
        return element(name, module, newNamespace, value, path);
    const QJsonArray entries = value.toArray();
    // [null]: an empty leaf.
    if (entries.size() == 1 && entries.first().isNull())
        return element(name, module, newNamespace, QJsonValue(), path);
    const bool isList = !entries.isEmpty() && entries.first().isObject();
    if (isList && !m_keys.contains(name))
        return Error::invalidInput(QStringLiteral("%1: no key is known for the list '%2'").arg(path, name));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entryPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (entries[i].isObject() != isList)
            return Error::invalidInput(QStringLiteral("%1: a list mixes entries and values").arg(entryPath));
        if (const Status s = element(name, module, newNamespace, entries[i], entryPath, isList); !s)
            return s;
    }
    return Status::success();
}

Status Writer::element(const QString &name, const QString &module, bool newNamespace, const QJsonValue &value,
                       const QString &path, bool listEntry)
{
    QString start = QLatin1Char('<') + name;
    if (newNamespace)
        start += QStringLiteral(" xmlns=\"%1\"").arg(namespaceOf(module));
    if (value.isObject()) {
        out += start + QLatin1Char('>');
        // A container may share its name with a list (L3NM's qos-profile holds the list qos-profile).
        if (const Status s = object(value.toObject(), module, path, listEntry ? m_keys.value(name) : QStringList()); !s)
            return s;
        out += QStringLiteral("</%1>").arg(name);
        return Status::success();
    }
    if (value.isNull() || value.isUndefined()) {
        out += start + QStringLiteral("/>");
        return Status::success();
    }
    QString declaration;
    auto text = scalar(value, path, declaration);
    if (!text)
        return text.error();
    out += start + declaration + QLatin1Char('>') + text.value() + QStringLiteral("</%1>").arg(name);
    return Status::success();
}

Status Writer::object(const QJsonObject &o, const QString &module, const QString &path, const QStringList &keysFirst)
{
    for (const QString &key : keysFirst) {
        if (!o.contains(key))
            return Error::invalidInput(QStringLiteral("%1: the list entry lacks its key '%2'").arg(path, key));
        if (const Status s = member(key, o.value(key), module, path + QLatin1Char('/') + key); !s)
            return s;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (keysFirst.contains(it.key()))
            continue;
        if (const Status s = member(it.key(), it.value(), module, path + QLatin1Char('/') + it.key()); !s)
            return s;
    }
    return Status::success();
}

Result<QString> Writer::scalar(const QJsonValue &value, const QString &path, QString &declaration) const
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (!value.isString())
        return Error::invalidInput(QStringLiteral("%1: not a value YANG data can hold").arg(path));
    const QString text = value.toString();
    // An identity of a module: "ietf-vpn-common:any-to-any".
    if (const qsizetype colon = text.indexOf(QLatin1Char(':')); colon > 0 && isStandardModule(text.left(colon))) {
        const QString module = text.left(colon);
        declaration = QStringLiteral(" xmlns:%1=\"%2\"").arg(module, namespaceOf(module));
    }
    return text.toHtmlEscaped();
}

} // namespace

Result<QString> Rfc7951Xml::write(const QJsonObject &document, const QHash<QString, QStringList> &keys)
{
    Writer w(keys);
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (const Status s = w.member(it.key(), it.value(), QString(), QLatin1Char('/') + it.key()); !s)
            return s.error();
    }
    return w.out;
}

} // namespace vpnwb
