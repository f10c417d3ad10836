#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vpnwb {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("Welcome to VPN Workbench"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text =
        new QLabel(tr("This workspace holds no engagement yet. Start with the demo engagement — a "
                      "European retail chain with two data centres, fourteen branches and two VPNs — "
                      "or open another workspace."),
                   this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(560);
    m_workspace = new QLabel(this);
    m_workspace->setAlignment(Qt::AlignCenter);
    m_workspace->setForegroundRole(QPalette::PlaceholderText);
    auto *demo = new QPushButton(tr("Create the &demo engagement"), this);
    demo->setDefault(true);
    auto *open = new QPushButton(tr("&Open another workspace…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(demo);
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(m_workspace);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::createDemoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
}

void WelcomePage::setWorkspace(const QString &path)
{
    m_workspace->setText(tr("Workspace: %1").arg(path));
}

} // namespace vpnwb
