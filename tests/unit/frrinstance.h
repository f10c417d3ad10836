#pragma once

#include "testpaths.h"

#include <QString>
#include <QTemporaryDir>

namespace vpnwb::test {

// A real FRR router for one test: zebra, staticd and bgpd started in a
// network namespace of their own (so that nothing reaches the host's routing
// tables), with FRR's pathspace option -N so that they share nothing with
// another FRR on the machine, and vtysh to talk to them. Stopped, and the
// namespace removed, when the object goes.
//
// Needs root (network namespaces, FRR's privilege drop to the frr user);
// unavailableReason() says why an instance cannot be started here.
class FrrInstance
{
public:
    explicit FrrInstance(const QString &name);
    ~FrrInstance();
    FrrInstance(const FrrInstance &) = delete;
    FrrInstance &operator=(const FrrInstance &) = delete;

    // Empty when FRR can be started on this machine.
    static QString unavailableReason();

    // Starts the daemons and waits for their vty sockets; false with
    // error() set when one does not come up.
    bool start();
    QString error() const { return m_error; }

    // `vtysh -f FILE`: applies a configuration file line by line, as an
    // operator pasting it would; exit status 0 only when every line was taken.
    ProcessResult apply(const QString &file) const;
    // `vtysh -c COMMAND`.
    ProcessResult command(const QString &command) const;
    // The network namespace the daemons run in, for links between instances.
    QString namespaceName() const { return m_namespace; }

private:
    QStringList vtysh() const;
    void stop();

    QString m_namespace;
    QTemporaryDir m_dir;
    bool m_namespaceAdded = false;
    QString m_error;
};

} // namespace vpnwb::test
