#pragma once

#include <QWidget>

class QLabel;

namespace vpnwb {

// Shown when the workspace holds no engagement yet: offers the demo.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setWorkspace(const QString &path);

signals:
    void createDemoRequested();
    void openWorkspaceRequested();

private:
    QLabel *m_workspace = nullptr;
};

} // namespace vpnwb
