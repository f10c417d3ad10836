#include "networkdesignpage.h"

#include "database.h"
#include "designworkflow.h"
#include "engagementdocument.h"
#include "messagebanner.h"
#include "sitehoming.h"
#include "workspacesession.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vpnwb {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

NetworkDesignPage::NetworkDesignPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("networkDesignPage"));
    using T = DesignTableModel::Table;
    m_vrfs = new DesignTableModel(T::Vrfs, this);
    m_attachments = new DesignTableModel(T::Attachments, this);
    m_pools = new DesignTableModel(T::Pools, this);
    m_findings = new DesignTableModel(T::Findings, this);

    m_design = new QPushButton(tr("&Design"), this);
    m_design->setToolTip(
        tr("Allocate RDs, RTs, addresses, ports and VLANs from the provider pools, derive the "
           "rest and check the design"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("designSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("designMessage"));

    m_tabs = new QTabWidget(this);
    m_vrfTable = makeTable(m_vrfs, QStringLiteral("vrfTable"), m_tabs);
    m_attachmentTable = makeTable(m_attachments, QStringLiteral("attachmentTable"), m_tabs);
    m_poolTable = makeTable(m_pools, QStringLiteral("poolTable"), m_tabs);
    for (QTableView *t : {m_vrfTable, m_attachmentTable})
        t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tabs->addTab(m_vrfTable, tr("VRFs"));
    m_tabs->addTab(m_attachmentTable, tr("Attachments"));
    m_tabs->addTab(m_poolTable, tr("Pools"));

    auto *findingsBox = new QWidget(this);
    auto *findingsLabel =
        new QLabel(tr("<b>Findings</b> — double-click one to show its object"), findingsBox);
    m_findingTable = makeTable(m_findings, QStringLiteral("findingTable"), findingsBox);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(findingsLabel);
    findingsLayout->addWidget(m_findingTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(findingsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_design);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_design, &QPushButton::clicked, this, &NetworkDesignPage::design);
    connect(m_findingTable, &QAbstractItemView::doubleClicked, this, &NetworkDesignPage::showFinding);
    for (DesignTableModel *m : {m_vrfs, m_attachments})
        connect(m, &DesignTableModel::overrideRequested, this, &NetworkDesignPage::overrideValue);
    connect(&session.document(), &EngagementDocument::engagementOpened, this, &NetworkDesignPage::reload);
}

QString NetworkDesignPage::whyNotDone(WorkspaceSession &session)
{
    EngagementDocument &doc = session.document();
    if (!doc.isOpen())
        return {};
    const auto why =
        DesignWorkflow(session.database(), session.siteHoming()->catalog()).whyNotDone(doc.engagement());
    if (!why)
        return why.error().message;
    constexpr qsizetype kShown = 3;
    QString text = why->mid(0, kShown).join(QStringLiteral("; "));
    if (why->size() > kShown)
        text += tr(" (and %1 more)").arg(why->size() - kShown);
    return text;
}

void NetworkDesignPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void NetworkDesignPage::setRun(const DesignRun &run)
{
    for (DesignTableModel *m : {m_vrfs, m_attachments, m_pools, m_findings})
        m->setRun(run);
    qsizetype blocking = 0;
    for (const DesignFinding &f : run.findings)
        blocking += f.isBlocking() ? 1 : 0;
    m_summary->setText(
        tr("%1 VRF(s) on %2 PE(s), %3 attachment(s), %4 value(s) held; %5 blocking finding(s), "
           "%6 warning(s).")
            .arg(run.design.vrfs.size())
            .arg(run.design.pes.size())
            .arg(run.design.attachments.size())
            .arg(run.held)
            .arg(blocking)
            .arg(run.findings.size() - blocking));
    for (QTableView *t : {m_vrfTable, m_attachmentTable, m_poolTable})
        t->resizeColumnsToContents();
    m_findingTable->resizeColumnsToContents();
}

void NetworkDesignPage::reload()
{
    EngagementDocument &doc = m_session.document();
    if (!doc.isOpen() || !isVisible())
        return;
    const auto run =
        DesignWorkflow(m_session.database(), m_session.siteHoming()->catalog()).current(doc.engagement());
    if (!run) {
        setRun({});
        m_summary->setText(run.error().message);
        return;
    }
    setRun(*run);
}

void NetworkDesignPage::runOnWorker(Job job, std::function<void(const DesignOutcome &)> done,
                                    std::function<void()> dropped)
{
    EngagementDocument &doc = m_session.document();
    m_designing = true;
    m_design->setEnabled(false);
    // Off the GUI thread, on a connection of its own: a large engagement takes a while.
    const QString path = m_session.database().location();
    const PopCatalog catalog = m_session.siteHoming()->catalog();
    const std::int64_t engagementId = doc.engagement().id;
    auto *watcher = new QFutureWatcher<DesignOutcome>(this);
    connect(watcher, &QFutureWatcher<DesignOutcome>::finished, this,
            [this, watcher, engagementId, done = std::move(done), dropped = std::move(dropped)] {
                watcher->deleteLater();
                m_designing = false;
                m_design->setEnabled(true);
                const EngagementDocument &doc = m_session.document();
                if (!doc.isOpen() ||
                    doc.engagement().id != engagementId) // another engagement was opened meanwhile
                    dropped();
                else
                    done(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([path, catalog, job = std::move(job)] {
        DesignOutcome outcome;
        const auto db = Database::openSqlite(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            outcome.error = db.error().message;
            return outcome;
        }
        DesignWorkflow workflow(**db, catalog);
        auto run = job(workflow);
        if (run)
            outcome.run = std::move(run.value());
        else
            outcome.error = run.error().message;
        return outcome;
    }));
}

void NetworkDesignPage::design()
{
    EngagementDocument &doc = m_session.document();
    if (m_designing || !doc.isOpen())
        return;
    const Engagement engagement = doc.engagement();
    runOnWorker([engagement](DesignWorkflow &workflow) { return workflow.design(engagement); },
                [this](const DesignOutcome &outcome) {
                    if (!outcome.run) {
                        emit m_session.document().errorOccurred(
                            tr("The engagement was not designed: %1").arg(outcome.error));
                        emit designed(false);
                        return;
                    }
                    setRun(*outcome.run);
                    emit designed(true);
                },
                [this] { emit designed(false); });
}

void NetworkDesignPage::overrideValue(const QString &object, const QString &field, const QString &value)
{
    EngagementDocument &doc = m_session.document();
    if (!doc.isOpen())
        return;
    if (m_designing) {
        m_message->showError(
            tr("%1 %2 was not changed: the design is still running; try again when it is done.")
                .arg(object, field));
        emit overrideFinished(false);
        return;
    }
    const Engagement engagement = doc.engagement();
    runOnWorker([engagement, object, field, value](
                    DesignWorkflow &workflow) { return workflow.override(engagement, object, field, value); },
                [this, object, field, value](const DesignOutcome &outcome) {
                    if (!outcome.run) {
                        m_message->showError(tr("Not overridden: %1").arg(outcome.error));
                        emit overrideFinished(false);
                        return;
                    }
                    setRun(*outcome.run);
                    m_message->showInfo(tr("%1 %2 is now %3 (overridden); %4 blocking finding(s).")
                                            .arg(object, field, value)
                                            .arg(outcome.run->blocking().size()));
                    emit overrideFinished(true);
                },
                [this] { emit overrideFinished(false); });
}

bool NetworkDesignPage::showObject(const QString &objectId)
{
    for (const auto &[model, table] :
         {std::pair{m_vrfs, m_vrfTable}, std::pair{m_attachments, m_attachmentTable}}) {
        const int row = model->rowOf(objectId);
        if (row < 0)
            continue;
        m_tabs->setCurrentWidget(table);
        table->selectRow(row);
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        table->setFocus();
        return true;
    }
    return false;
}

void NetworkDesignPage::showFinding(const QModelIndex &index)
{
    showObject(index.data(DesignTableModel::ObjectIdRole).toString());
}

} // namespace vpnwb
