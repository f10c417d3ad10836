#include "qospolicypage.h"

#include "designworkflow.h"
#include "engagementdocument.h"
#include "sharebardelegate.h"
#include "sitehoming.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vpnwb {
namespace {

constexpr int kSharesColumn = 5;

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

QosPolicyPage::QosPolicyPage(WorkspaceSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("qosPolicyPage"));
    m_qos = new DesignTableModel(DesignTableModel::Table::Qos, this);
    m_policies = new DesignTableModel(DesignTableModel::Table::Policies, this);

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("qosModel"));
    m_model->addItem(tr("4 classes: EF, AF31, AF21, BE"), toString(QosModelKind::FourClass));
    m_model->addItem(tr("6 classes: EF, AF41, AF31, AF21, BE, CS1"), toString(QosModelKind::SixClass));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("qosScope"));
    m_scope->setToolTip(tr("Set the shares of all sites, or of one site only"));
    m_scope->addItem(tr("all sites"), QStringLiteral("qos"));
    m_shares = new QLineEdit(this);
    m_shares->setObjectName(QStringLiteral("qosShares"));
    m_shares->setClearButtonEnabled(true);
    m_shares->setToolTip(tr("The share of the access rate of each class, in percent (ef=25,af31=35,...); "
                            "empty keeps the shares as they are"));
    m_apply = new QPushButton(tr("&Apply"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("qosMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_qosTable = makeTable(m_qos, QStringLiteral("qosTable"), this);
    m_qosTable->setItemDelegateForColumn(kSharesColumn, new ShareBarDelegate(m_qosTable));
    m_policyTable = makeTable(m_policies, QStringLiteral("policyTable"), this);

    auto *qosBox = new QWidget(this);
    auto *qosLayout = new QVBoxLayout(qosBox);
    qosLayout->setContentsMargins(0, 0, 0, 0);
    qosLayout->addWidget(new QLabel(tr("<b>QoS per site</b> — class shares of the access rate"), qosBox));
    qosLayout->addWidget(m_qosTable, 1);
    auto *policyBox = new QWidget(this);
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    policyLayout->addWidget(
        new QLabel(tr("<b>Routing policies</b> — import and export of each VRF"), policyBox));
    policyLayout->addWidget(m_policyTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(qosBox);
    splitter->addWidget(policyBox);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Class model:"), this));
    bar->addWidget(m_model);
    bar->addWidget(new QLabel(tr("Shares of"), this));
    bar->addWidget(m_scope);
    bar->addWidget(m_shares, 1);
    bar->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &QosPolicyPage::apply);
    connect(m_shares, &QLineEdit::returnPressed, this, &QosPolicyPage::apply);
    connect(&session.document(), &EngagementDocument::engagementOpened, this, &QosPolicyPage::reload);
}

void QosPolicyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void QosPolicyPage::reload()
{
    EngagementDocument &doc = m_session.document();
    if (!doc.isOpen() || !isVisible())
        return;
    const auto run =
        DesignWorkflow(m_session.database(), m_session.siteHoming()->catalog()).current(doc.engagement());
    const DesignRun shown = run ? *run : DesignRun{};
    m_qos->setRun(shown);
    m_policies->setRun(shown);
    if (!run) {
        m_message->setText(run.error().message);
        return;
    }
    const QString scope = m_scope->currentData().toString();
    m_scope->clear();
    m_scope->addItem(tr("all sites"), QStringLiteral("qos"));
    for (const SiteQos &q : shown.design.qos)
        m_scope->addItem(q.siteId, q.id());
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
    if (!shown.design.qos.isEmpty()) {
        const SiteQos &first = shown.design.qos.constFirst();
        m_model->setCurrentIndex(std::max(0, m_model->findData(toString(first.model))));
        QStringList shares;
        for (const SiteQos::Share &s : first.shares)
            shares << QStringLiteral("%1=%2").arg(s.classId).arg(s.percent);
        m_shares->setPlaceholderText(shares.join(QLatin1Char(',')));
    }
    m_qosTable->resizeColumnsToContents();
    m_policyTable->resizeColumnsToContents();
}

void QosPolicyPage::apply()
{
    EngagementDocument &doc = m_session.document();
    if (!doc.isOpen())
        return;
    DesignWorkflow workflow(m_session.database(), m_session.siteHoming()->catalog());
    const Engagement e = doc.engagement();
    const QString model = m_model->currentData().toString();
    const QString current =
        m_qos->rowCount() > 0 ? toString(m_qos->run().design.qos.constFirst().model) : QString();
    QString error;
    if (model != current) {
        if (const auto r = workflow.override(e, QStringLiteral("qos"), QStringLiteral("model"), model); !r)
            error = r.error().message;
    }
    const QString shares = m_shares->text().trimmed();
    if (error.isEmpty() && !shares.isEmpty()) {
        const QString object = m_scope->currentData().toString();
        if (const auto r = workflow.override(e, object, QStringLiteral("shares"), shares); !r)
            error = r.error().message;
    }
    m_message->setText(error.isEmpty() ? QString() : tr("Not applied: %1").arg(error));
    m_message->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b01c1c"));
    if (error.isEmpty())
        m_shares->clear();
    reload();
    emit applied(error.isEmpty());
}

} // namespace vpnwb
