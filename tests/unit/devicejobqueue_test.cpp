// DeviceJobQueue: many devices as one job, at most N at once, in plan order.
#include "devicejobcontext.h"
#include "devicejobqueue.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace vpnwb;

namespace {

// Works that count how many run at once and record the order they start in.
struct Probe
{
    std::atomic<int> running{0};
    std::atomic<int> mostAtOnce{0};
    QMutex mutex;
    QStringList startOrder;

    DeviceJobWork work(const QString &name, bool fail = false, int steps = 20)
    {
        return [this, name, fail, steps](DeviceJobContext &context) -> Status {
            {
                const QMutexLocker lock(&mutex);
                startOrder.append(name);
            }
            const int now = ++running;
            int seen = mostAtOnce.load();
            while (now > seen && !mostAtOnce.compare_exchange_weak(seen, now)) {
            }
            context.log(QStringLiteral("working on ") + name);
            for (int i = 0; i < steps && !context.cancelled(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            --running;
            if (context.cancelled())
                return Error{Error::Code::Cancelled, name + QStringLiteral(" cancelled")};
            if (fail)
                return Error::io(name + QStringLiteral(" is unreachable"));
            return Status::success();
        };
    }
};

// Runs the queue until it finishes (60 s at most); whether it did.
bool runToEnd(DeviceJobQueue &queue, const std::function<void()> &afterStart = {})
{
    QEventLoop loop;
    QObject::connect(&queue, &DeviceJobQueue::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    queue.start();
    if (afterStart)
        afterStart();
    if (!queue.isFinished())
        loop.exec();
    return queue.isFinished();
}

} // namespace

TEST(DeviceJobQueue, RunsAtMostNAtOnceInPlanOrderAndReportsEachDevice)
{
    Probe probe;
    const QStringList names{QStringLiteral("pe1"), QStringLiteral("pe2"), QStringLiteral("pe3"),
                            QStringLiteral("ce1"), QStringLiteral("ce2"), QStringLiteral("ce3")};
    QList<DeviceJobQueue::Entry> entries;
    for (const QString &name : names)
        entries.append({name, probe.work(name, name == QLatin1String("pe2"))});
    DeviceJobQueue queue(entries, 2);

    QList<int> started;
    QList<int> finishedOrder;
    QList<int> progress;
    QStringList log;
    QObject::connect(&queue, &DeviceJobQueue::deviceStarted, [&](int i) { started.append(i); });
    QObject::connect(&queue, &DeviceJobQueue::deviceFinished,
                     [&](int i, const Status &) { finishedOrder.append(i); });
    QObject::connect(&queue, &DeviceJobQueue::progressed, [&](int p) { progress.append(p); });
    QObject::connect(&queue, &DeviceJobQueue::deviceLogged,
                     [&](int i, const QString &line) { log.append(names[i] + QStringLiteral(": ") + line); });
    ASSERT_TRUE(runToEnd(queue));

    EXPECT_EQ(started, (QList<int>{0, 1, 2, 3, 4, 5}));
    QStringList firstTwo = probe.startOrder.first(2); // started together: either may run first
    firstTwo.sort();
    EXPECT_EQ(firstTwo, (QStringList{QStringLiteral("pe1"), QStringLiteral("pe2")}));
    EXPECT_LE(probe.mostAtOnce.load(), 2);
    EXPECT_GE(probe.mostAtOnce.load(), 1);
    EXPECT_EQ(finishedOrder.size(), 6);
    for (int i = 0; i < 6; ++i) {
        ASSERT_TRUE(queue.status(i).has_value()) << i;
        EXPECT_EQ(queue.status(i)->ok(), i != 1) << i;
        EXPECT_TRUE(log.contains(names[i] + QStringLiteral(": working on ") + names[i]))
            << log.join(QLatin1Char('\n')).toStdString();
    }
    EXPECT_EQ(queue.status(1)->error().message, QStringLiteral("pe2 is unreachable"));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.first(), 0);
    EXPECT_EQ(progress.last(), 100);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
}

TEST(DeviceJobQueue, OneAtATimeNeverOverlaps)
{
    Probe probe;
    QList<DeviceJobQueue::Entry> entries;
    for (int i = 0; i < 4; ++i)
        entries.append({QStringLiteral("d%1").arg(i), probe.work(QStringLiteral("d%1").arg(i))});
    DeviceJobQueue queue(entries, 1);
    ASSERT_TRUE(runToEnd(queue));
    EXPECT_EQ(probe.mostAtOnce.load(), 1);
    EXPECT_EQ(probe.startOrder, (QStringList{QStringLiteral("d0"), QStringLiteral("d1"), QStringLiteral("d2"),
                                             QStringLiteral("d3")}));
}

TEST(DeviceJobQueue, CancelStopsTheRunningAndStartsNoOther)
{
    Probe probe;
    QList<DeviceJobQueue::Entry> entries;
    for (int i = 0; i < 5; ++i)
        entries.append({QStringLiteral("d%1").arg(i), probe.work(QStringLiteral("d%1").arg(i), false, 2000)});
    DeviceJobQueue queue(entries, 2);
    ASSERT_TRUE(runToEnd(queue, [&] { queue.cancel(); }));
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(queue.status(i).has_value()) << i;
        EXPECT_EQ(queue.status(i)->error().code, Error::Code::Cancelled) << i;
    }
    EXPECT_TRUE(queue.status(4)->error().message.contains(QLatin1String("cancelled before it started")))
        << queue.status(4)->error().message.toStdString();
    EXPECT_LE(probe.startOrder.size(), 2); // only those started before the cancel ran at all
}

TEST(DeviceJobQueue, EmptyFinishesAtOnce)
{
    DeviceJobQueue queue({}, 4);
    ASSERT_TRUE(runToEnd(queue));
    EXPECT_EQ(queue.size(), 0);
}
