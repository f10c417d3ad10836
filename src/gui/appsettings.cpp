#include "appsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace vpnwb {
namespace {

QString workspaceKey(const QString &workspace)
{
    const QByteArray h =
        QCryptographicHash::hash(QFileInfo(workspace).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("workspaces/") + QString::fromLatin1(h.toHex().left(16)) +
           QStringLiteral("/engagement");
}

} // namespace

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}
void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}
QString AppSettings::defaultWorkspace()
{
    return QSettings().value(QStringLiteral("workspace/default")).toString();
}
void AppSettings::setDefaultWorkspace(const QString &p)
{
    QSettings().setValue(QStringLiteral("workspace/default"), p);
}
bool AppSettings::reopenLast()
{
    return QSettings().value(QStringLiteral("workspace/reopenLast"), true).toBool();
}
void AppSettings::setReopenLast(bool on)
{
    QSettings().setValue(QStringLiteral("workspace/reopenLast"), on);
}

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(QStringLiteral("workspace/recent")).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentWorkspaces();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > maxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("workspace/recent"), list);
}

void AppSettings::clearRecentWorkspaces()
{
    QSettings().remove(QStringLiteral("workspace/recent"));
}

QString AppSettings::lastWorkspace()
{
    const QStringList list = recentWorkspaces();
    return list.isEmpty() ? QString() : list.first();
}

qint64 AppSettings::lastEngagement(const QString &workspace)
{
    return QSettings().value(workspaceKey(workspace), 0).toLongLong();
}

void AppSettings::setLastEngagement(const QString &workspace, qint64 id)
{
    QSettings().setValue(workspaceKey(workspace), id);
}

} // namespace vpnwb
