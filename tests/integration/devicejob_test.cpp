// Device jobs: the GUI's way to run blocking SSH work on a worker thread.
#include "clisession.h"
#include "clivendorprofile.h"
#include "devicejob.h"
#include "routerlab.h"
#include "sshchannel.h"
#include "sshsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

using namespace vpnwb;
using namespace vpnwb::test;

namespace {

class DeviceJobs : public LabTest
{
protected:
    // Runs the event loop until `job` finishes (or `limitMs` passes); its outcome.
    static std::optional<Status> waitFor(DeviceJob &job, int limitMs)
    {
        std::optional<Status> outcome;
        QEventLoop loop;
        QObject::connect(&job, &DeviceJob::finished, &loop, [&](const Status &s) {
            outcome = s;
            loop.quit();
        });
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
        loop.exec();
        return outcome;
    }
};

} // namespace

TEST_F(DeviceJobs, WorkRunsOnAWorkerThreadAndReportsThroughQueuedSignals)
{
    const SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe1"));
    const SshCredentials credentials = lab().passwordCredentials();
    QThread *workThread = nullptr;
    DeviceJob job(QStringLiteral("pe1"), [&](DeviceJobContext &context) -> Status {
        workThread = QThread::currentThread();
        SshSession session(endpoint);
        if (const Status s = session.connect(credentials, context.stopToken()); !s)
            return s;
        context.setProgress(50);
        auto cli = CliSession::start(session, *CliVendorProfile::forVendor(QStringLiteral("frr")), context.stopToken());
        if (!cli)
            return cli.error();
        cli.value()->setTranscript([&](const QString &line) { context.log(line); });
        const auto version = cli.value()->run(QStringLiteral("show version"), context.stopToken());
        return version ? Status::success() : Status(version.error());
    });
    QStringList logged;
    QList<int> progress;
    bool signalsOnThisThread = true;
    QObject::connect(&job, &DeviceJob::logged, [&](const QString &line) {
        logged.append(line);
        signalsOnThisThread = signalsOnThisThread && QThread::currentThread() == qApp->thread();
    });
    QObject::connect(&job, &DeviceJob::progressed, [&](int percent) { progress.append(percent); });
    job.start();
    EXPECT_TRUE(job.isRunning());
    const auto outcome = waitFor(job, 30'000);
    ASSERT_TRUE(outcome.has_value()) << "the job did not finish";
    EXPECT_TRUE(outcome->ok()) << outcome->error().message.toStdString();
    EXPECT_NE(workThread, qApp->thread());
    EXPECT_TRUE(signalsOnThisThread);
    EXPECT_TRUE(logged.contains(QStringLiteral("pe1# show version"))) << logged.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(progress, (QList<int>{50, 100}));
}

TEST_F(DeviceJobs, CancelStopsAJobWaitingForTheDevice)
{
    const SshEndpoint endpoint = lab().endpoint(QStringLiteral("pe2"));
    const SshCredentials credentials = lab().passwordCredentials();
    DeviceJob job(QStringLiteral("pe2"), [&](DeviceJobContext &context) -> Status {
        SshSession session(endpoint);
        if (const Status s = session.connect(credentials, context.stopToken()); !s)
            return s;
        auto shell = session.openShell(context.stopToken());
        if (!shell)
            return shell.error();
        context.log(QStringLiteral("waiting"));
        // The prompt comes, then nothing: this read would wait for the full read timeout.
        for (;;) {
            const auto bytes = shell.value()->read(context.stopToken(), 60'000);
            if (!bytes)
                return bytes.error();
        }
    });
    QObject::connect(&job, &DeviceJob::logged, &job, [&](const QString &) {
        QTimer::singleShot(300, &job, &DeviceJob::cancel);
    });
    QElapsedTimer elapsed;
    elapsed.start();
    job.start();
    const auto outcome = waitFor(job, 20'000);
    ASSERT_TRUE(outcome.has_value()) << "the job did not finish after cancel";
    EXPECT_EQ(outcome->error().code, Error::Code::Cancelled) << outcome->error().message.toStdString();
    EXPECT_LT(elapsed.elapsed(), 15'000);
}
