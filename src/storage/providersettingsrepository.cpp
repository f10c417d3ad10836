#include "providersettingsrepository.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace vpnwb {

Result<ProviderSettings> ProviderSettingsRepository::load(std::uint32_t catalogAs) const
{
    ProviderSettings s = ProviderSettings::defaultsFor(catalogAs);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT field, value FROM provider_settings ORDER BY field")))
        return sqlError(q, QStringLiteral("cannot read the provider settings"));
    while (q.next()) {
        if (const Status set = s.set(q.value(0).toString(), q.value(1).toString()); !set)
            return Error::incompatible(QStringLiteral("%1 stored in %2; set it again with 'vpnwb provider-settings'")
                                           .arg(set.error().message, m_db.location()));
    }
    return s;
}

Result<ProviderSettings> ProviderSettingsRepository::set(std::uint32_t catalogAs, const QString &field,
                                                         const QString &value)
{
    auto settings = load(catalogAs);
    if (!settings)
        return settings.error();
    if (const Status s = settings->set(field, value); !s)
        return s.error();
    const FieldIssues issues = settings->check();
    if (!issues.isEmpty())
        return Error::invalidInput(
            QStringLiteral("provider setting %1 was not changed: %2").arg(field, issues.first().toString()));
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO provider_settings (field, value) VALUES (?, ?)"
                                 " ON CONFLICT (field) DO UPDATE SET value = excluded.value"));
        q.addBindValue(field);
        q.addBindValue(settings->value(field));
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot store provider setting %1").arg(field));
        return Status::success();
    });
    if (!s)
        return s.error();
    return settings;
}

} // namespace vpnwb
