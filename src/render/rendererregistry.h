#pragma once

#include "devicerole.h"
#include "iconfigrenderer.h"

#include <QList>
#include <QPluginLoader>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace vpnwb {

// The renderer plugins found in the plugin folders. A plugin is loaded only
// when its metadata is complete and its interface version is the one this
// workbench speaks; every file that is skipped is kept with the reason, so
// that the GUI and `vpnwb renderers` can say which plugin and why, and the
// workbench still starts.
class RendererRegistry
{
public:
    struct Plugin
    {
        QString vendor;
        QString name; // e.g. "Cisco IOS XR"
        QStringList platforms;
        QList<DeviceRole> roles;
        QStringList styles; // default first
        QString fileName;
        const IConfigRenderer *renderer = nullptr;
    };
    struct Problem
    {
        QString fileName;
        QString reason;
    };

    // Loads the plugins of `directories` (each holding renderer plugins),
    // in order; the first plugin of a vendor wins.
    explicit RendererRegistry(const QStringList &directories = defaultDirectories());
    ~RendererRegistry();
    RendererRegistry(const RendererRegistry &) = delete;
    RendererRegistry &operator=(const RendererRegistry &) = delete;

    // Where the programs look: the folders of $VPNWB_RENDERER_PATH (':'
    // separated) when it is set; otherwise the installed plugin folder beside
    // the program's lib folder (../<libdir>/vpn-workbench/plugins/renderers),
    // or, for programs run from the build tree, the build tree's plugin folder.
    static QStringList defaultDirectories();

    const QList<Plugin> &plugins() const { return m_plugins; }
    const QList<Problem> &problems() const { return m_problems; }
    const Plugin *find(const QString &vendor) const;
    QStringList vendors() const;

private:
    void loadFile(const QString &path);

    QList<Plugin> m_plugins;
    QList<Problem> m_problems;
    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
};

} // namespace vpnwb
