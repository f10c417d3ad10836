#include "serviceabilityview.h"

#include "engagementdocument.h"
#include "serviceabilityengine.h"
#include "serviceabilityfiltermodel.h"
#include "serviceabilityrepository.h"
#include "serviceabilitytablemodel.h"
#include "sitehoming.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vpnwb {

ServiceabilityView::ServiceabilityView(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("serviceabilityView"));
    m_model = new ServiceabilityTableModel(session.document(), *session.siteHoming(), this);
    m_proxy = new ServiceabilityFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    using Show = ServiceabilityFilterModel::Show;
    m_verdict->addItem(tr("All sites"), int(Show::All));
    m_verdict->addItem(tr("On-net"), int(Show::OnNet));
    m_verdict->addItem(tr("Off-net (partner)"), int(Show::OffNet));
    m_verdict->addItem(tr("Unserviceable"), int(Show::Unserviceable));
    m_verdict->addItem(tr("Not checked"), int(Show::NotChecked));
    m_verdict->addItem(tr("Changed since the check"), int(Show::Stale));
    m_verdict->setToolTip(tr("Show only the sites with this verdict"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by site, PoP, PE, partner, reason…"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_check = new QPushButton(tr("&Check Serviceability"), this);
    m_check->setToolTip(tr("Find each site's PoPs and PEs or partner access, and save the results"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("serviceabilityTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_verdict);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_verdict, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setShown(static_cast<ServiceabilityFilterModel::Show>(m_verdict->currentData().toInt()));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_check, &QPushButton::clicked, this, &ServiceabilityView::check);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ServiceabilityView::refreshCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ServiceabilityView::refreshCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ServiceabilityView::refreshCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_table->resizeColumnsToContents(); });
    connect(session.siteHoming(), &SiteHoming::resultsReset, this,
            [this] { m_table->resizeColumnsToContents(); });
    m_table->resizeColumnsToContents();
    refreshCount();
}

void ServiceabilityView::refreshCount()
{
    m_count->setText(tr("%1 of %n site(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void ServiceabilityView::check()
{
    EngagementDocument &doc = m_session.document();
    if (m_checking || !doc.isOpen())
        return;
    m_checking = true;
    m_check->setEnabled(false);
    const Engagement engagement = doc.engagement();
    const PopCatalog catalog = m_session.siteHoming()->catalog();
    auto *watcher = new QFutureWatcher<QList<SiteServiceability>>(this);
    connect(watcher, &QFutureWatcher<QList<SiteServiceability>>::finished, this, [this, watcher, engagement] {
        watcher->deleteLater();
        m_checking = false;
        m_check->setEnabled(true);
        EngagementDocument &doc = m_session.document();
        if (doc.engagement().id != engagement.id) { // another engagement was opened meanwhile
            emit checked(false);
            return;
        }
        auto saved = ServiceabilityRepository(m_session.database()).save(engagement.id, watcher->result());
        if (!saved) {
            emit doc.errorOccurred(
                tr("The serviceability results were not saved: %1").arg(saved.error().message));
            emit checked(false);
            return;
        }
        m_session.siteHoming()->reload();
        emit checked(true);
    });
    watcher->setFuture(QtConcurrent::run(
        [engagement, catalog] { return ServiceabilityEngine(catalog).evaluate(engagement); }));
}

} // namespace vpnwb
