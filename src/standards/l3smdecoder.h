#pragma once

#include "engagement.h"
#include "jsonfieldreader.h"
#include "l3smimport.h"
#include "result.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace vpnwb {

// Reads one L3SM document into an engagement (see L3smCodec::decode). It
// remembers the JSON path of every leaf it keeps; each leaf it does not
// keep becomes a warning, so that nothing is dropped unseen.
class L3smDecoder
{
public:
    explicit L3smDecoder(QString source) : m_source(std::move(source)) {}

    Result<L3smImport> decode(const QByteArray &bytes, const QString &engagementName);

private:
    using Memberships = QList<std::pair<QString, SiteRole>>; // VPN id, role in it
    using FieldPaths = QHash<QString, QString>;              // Site field -> JSON path

    void decodeVpns(JsonFieldReader &service);
    void decodeSite(const QJsonObject &site, const QString &path);
    // Follows the reference leaf `reference` of `referrer` to the entry of the site's
    // `container`/`list` whose key it names; fails at the reference when there is none.
    QJsonObject follow(JsonFieldReader &referrer, const char *reference, JsonFieldReader &site,
                       const char *container, const char *list, const char *key, QString *entryPath);
    void decodeLocation(const QJsonObject &location, const QString &path, Site &site, FieldPaths &where);
    void decodeAccess(JsonFieldReader &access, JsonFieldReader &site, Site &s, FieldPaths &where,
                      Memberships &memberships);
    void decodeDiversity(JsonFieldReader &access);
    void decodeBearer(JsonFieldReader &access, Site &s);
    void decodeService(JsonFieldReader &access, Site &s, FieldPaths &where);
    void decodeRouting(JsonFieldReader &access, Site &s, FieldPaths &where);
    void decodeAttachment(JsonFieldReader &access, JsonFieldReader &site, Site &s, Memberships &memberships);
    void addMembership(JsonFieldReader &r, const QString &siteId, Memberships &memberships);
    void addLanPrefix(JsonFieldReader &r, const QString &path, const QJsonValue &value, Site &s);

    // A string leaf, kept.
    QString text(JsonFieldReader &r, const char *key, bool required = true);
    // An identityref leaf: the identity's name when it is one of ietf-l3vpn-svc, else the value as written.
    QString identity(JsonFieldReader &r, const char *key, bool required = true);
    QJsonObject element(JsonFieldReader &r, const QJsonArray &list, const char *key, qsizetype index);
    bool failed() const { return !m_error.isEmpty(); }

    void use(const QString &path) { m_used.insert(path); }
    void useTree(const QJsonValue &value, const QString &path);
    // Keeps each leaf of `value` equal to the kept leaf at the same place in `reference`.
    void useWhereSame(const QJsonValue &value, const QString &path, const QJsonValue &reference,
                      const QString &referencePath);
    void warn(const QString &path, const QString &message);
    void warnAboutUnused(const QJsonValue &root);
    static void forEachLeaf(const QJsonValue &value, const QString &path,
                            const std::function<void(const QString &, const QJsonValue &)> &visit);

    QString m_source;
    QString m_error; // the first problem, "path: message"
    Engagement m_engagement;
    QSet<QString> m_used;
    QStringList m_warnings;
};

} // namespace vpnwb
