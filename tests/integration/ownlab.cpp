#include "ownlab.h"

#include "deviceinventoryjson.h"
#include "routerlab.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace vpnwb::test {

OwnLab::OwnLab(const QString &name)
    : m_tmp(QDir::tempPath() + QStringLiteral("/vpnwb-%1-lab-XXXXXX").arg(name))
{}

std::unique_ptr<OwnLab> OwnLab::up(int pes, int ces, const QString &name)
{
    if (!RouterLab::instance().available())
        return nullptr;
    std::unique_ptr<OwnLab> lab(new OwnLab(name));
    // The lab's user must reach its folder.
    QFile::setPermissions(lab->m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther);
    lab->m_labDir = lab->m_tmp.filePath(QStringLiteral("lab"));
    const ProcessResult up = RouterLab::runLab({QStringLiteral("up"), QStringLiteral("--pe"), QString::number(pes),
                                                QStringLiteral("--ce"), QString::number(ces), QStringLiteral("--dir"),
                                                lab->m_labDir});
    lab->m_upOutput = up.out;
    const QString state = QString::fromUtf8(readFile(lab->m_labDir + QStringLiteral("/state")));
    lab->m_id = QRegularExpression(QStringLiteral("(?m)^id=(\\w+)$")).match(state).captured(1);
    if (up.exitCode != 0) {
        ADD_FAILURE() << "lab up failed: " << up.out.constData() << "\n" << up.err.constData();
        return nullptr; // the destructor takes down whatever came up
    }
    auto inventory = DeviceInventoryJson::fromFile(lab->m_labDir + QStringLiteral("/inventory.json"));
    if (!inventory) {
        ADD_FAILURE() << inventory.error().message.toStdString();
        return nullptr;
    }
    lab->m_inventory = inventory.value();
    return lab;
}

OwnLab::~OwnLab()
{
    if (m_labDir.isEmpty())
        return;
    const ProcessResult down = RouterLab::runLab({QStringLiteral("down"), QStringLiteral("--dir"), m_labDir});
    EXPECT_EQ(down.exitCode, 0) << down.out.constData() << "\n" << down.err.constData();
    const QStringList left = RouterLab::leftovers(m_labDir, m_id);
    EXPECT_TRUE(left.isEmpty()) << left.join(QLatin1Char('\n')).toStdString();
}

} // namespace vpnwb::test
