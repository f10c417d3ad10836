#pragma once

#include <QObject>

class QSocketNotifier;

namespace vpnwb {

// SIGTERM, SIGINT and SIGHUP (a session logging out, Ctrl-C in the terminal
// that started the program, `kill`) turned into a Qt signal on the GUI
// thread, so that the program can end as if its window were closed: jobs
// cancelled and rolled back first, the window's layout saved. The handler
// only writes a byte to a pipe; everything else happens in the event loop.
// One instance per process.
class TerminationRequest : public QObject
{
    Q_OBJECT
public:
    explicit TerminationRequest(QObject *parent = nullptr);
    ~TerminationRequest() override;

signals:
    void requested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace vpnwb
