#include "rendererregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>

namespace vpnwb {

RendererRegistry::RendererRegistry(const QStringList &directories)
{
    for (const QString &directory : directories) {
        const QDir dir(directory);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString path = dir.absoluteFilePath(file);
            if (QLibrary::isLibrary(path))
                loadFile(path);
        }
    }
}

RendererRegistry::~RendererRegistry() = default;

QStringList RendererRegistry::defaultDirectories()
{
    const QString override = qEnvironmentVariable("VPNWB_RENDERER_PATH");
    if (!override.isEmpty())
        return override.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString buildTree = QDir::cleanPath(QStringLiteral(VPNWB_BUILD_DIR));
    if (!appDir.isEmpty() && QDir::cleanPath(appDir).startsWith(buildTree + QLatin1Char('/')))
        return {QStringLiteral(VPNWB_PLUGIN_BUILD_DIR "/renderers")};
    return {QDir::cleanPath(appDir + QStringLiteral("/../" VPNWB_PLUGIN_INSTALL_DIR "/renderers"))};
}

void RendererRegistry::loadFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    auto loader = std::make_unique<QPluginLoader>(path);
    const QJsonObject meta = loader->metaData();
    if (meta.isEmpty()) {
        // Not a Qt plugin, or one that cannot even be read; say what the loader saw.
        m_problems.append({fileName, QCoreApplication::translate("RendererRegistry", "not a Qt plugin (%1)")
                                         .arg(loader->errorString())});
        return;
    }
    if (meta.value(QLatin1String("IID")).toString() != QLatin1String(VPNWB_CONFIG_RENDERER_IID)) {
        m_problems.append({fileName, QCoreApplication::translate("RendererRegistry",
                                                                 "implements '%1', not a configuration renderer (%2)")
                                         .arg(meta.value(QLatin1String("IID")).toString(),
                                              QLatin1String(VPNWB_CONFIG_RENDERER_IID))});
        return;
    }
    const QJsonObject data = meta.value(QLatin1String("MetaData")).toObject();
    const int version = data.value(QLatin1String("interfaceVersion")).toInt(-1);
    if (version != IConfigRenderer::interfaceVersion) {
        m_problems.append({fileName, QCoreApplication::translate("RendererRegistry",
                                                                 "renderer interface version %1; this workbench "
                                                                 "needs version %2 (rebuild or update the plugin)")
                                         .arg(version)
                                         .arg(IConfigRenderer::interfaceVersion)});
        return;
    }
    Plugin plugin;
    plugin.fileName = fileName;
    plugin.vendor = data.value(QLatin1String("vendor")).toString();
    plugin.name = data.value(QLatin1String("name")).toString();
    for (const QJsonValue &v : data.value(QLatin1String("platforms")).toArray())
        plugin.platforms.append(v.toString());
    for (const QJsonValue &v : data.value(QLatin1String("styles")).toArray())
        plugin.styles.append(v.toString());
    for (const QJsonValue &v : data.value(QLatin1String("roles")).toArray()) {
        if (const auto role = deviceRoleFromString(v.toString()))
            plugin.roles.append(*role);
    }
    if (plugin.vendor.isEmpty() || plugin.roles.isEmpty() || plugin.styles.isEmpty()) {
        m_problems.append({fileName, QCoreApplication::translate("RendererRegistry",
                                                                 "the metadata lacks the vendor, the roles (pe, ce) "
                                                                 "or the styles")});
        return;
    }
    if (const Plugin *first = find(plugin.vendor)) {
        m_problems.append({fileName, QCoreApplication::translate("RendererRegistry",
                                                                 "vendor '%1' is already served by %2")
                                         .arg(plugin.vendor, first->fileName)});
        return;
    }
    QObject *instance = loader->instance();
    auto *renderer = qobject_cast<IConfigRenderer *>(instance);
    if (!renderer) {
        m_problems.append({fileName, instance ? QCoreApplication::translate("RendererRegistry",
                                                                             "the plugin object is no IConfigRenderer")
                                              : QCoreApplication::translate("RendererRegistry", "cannot load: %1")
                                                    .arg(loader->errorString())});
        return;
    }
    if (renderer->vendor() != plugin.vendor || renderer->styles() != plugin.styles) {
        m_problems.append({fileName, QCoreApplication::translate("RendererRegistry",
                                                                 "the plugin says vendor '%1' and styles %2, its "
                                                                 "metadata '%3' and %4")
                                         .arg(renderer->vendor(), renderer->styles().join(QLatin1Char(',')),
                                              plugin.vendor, plugin.styles.join(QLatin1Char(',')))});
        loader->unload();
        return;
    }
    plugin.renderer = renderer;
    m_plugins.append(plugin);
    m_loaders.push_back(std::move(loader));
}

const RendererRegistry::Plugin *RendererRegistry::find(const QString &vendor) const
{
    for (const Plugin &p : m_plugins) {
        if (p.vendor == vendor)
            return &p;
    }
    return nullptr;
}

QStringList RendererRegistry::vendors() const
{
    QStringList out;
    for (const Plugin &p : m_plugins)
        out.append(p.vendor);
    out.sort();
    return out;
}

} // namespace vpnwb
