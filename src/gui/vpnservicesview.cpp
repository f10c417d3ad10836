#include "vpnservicesview.h"

#include "choicedelegate.h"
#include "engagementdocument.h"
#include "vpnmembershipmodel.h"
#include "vpntablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace vpnwb {

VpnServicesView::VpnServicesView(EngagementDocument &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("vpnServicesView"));
    auto *delegate = new ChoiceDelegate(this);

    m_vpnModel = new VpnTableModel(doc, this);
    m_vpns = new QTableView(this);
    m_vpns->setObjectName(QStringLiteral("vpnTable"));
    m_vpns->setModel(m_vpnModel);
    m_vpns->setItemDelegate(delegate);
    m_vpns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vpns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_vpns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_vpns->verticalHeader()->hide();
    m_vpns->horizontalHeader()->setStretchLastSection(true);

    auto *add = new QPushButton(tr("&Add VPN…"), this);
    add->setToolTip(tr("Add another VPN over the same sites, e.g. GUEST or PCI"));
    m_remove = new QPushButton(tr("Remove VPN"), this);
    m_remove->setToolTip(tr("Remove the selected VPN (undoable)"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &VpnServicesView::addVpn);
    connect(m_remove, &QPushButton::clicked, this, &VpnServicesView::removeSelectedVpn);
    connect(m_vpns->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_vpns->selectionModel()->hasSelection()); });
    connect(m_vpnModel, &QAbstractItemModel::modelReset, this, [this] {
        m_remove->setEnabled(false);
        m_vpns->resizeColumnsToContents();
    });

    m_roleModel = new VpnMembershipModel(doc, this);
    m_roleProxy = new QSortFilterProxyModel(this);
    m_roleProxy->setSourceModel(m_roleModel);
    m_roleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_roleProxy->setFilterKeyColumn(0);
    m_roles = new QTableView(this);
    m_roles->setObjectName(QStringLiteral("vpnRoleTable"));
    m_roles->setModel(m_roleProxy);
    m_roles->setItemDelegate(delegate);
    m_roles->setSortingEnabled(true);
    m_roles->sortByColumn(-1, Qt::AscendingOrder);
    m_roles->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_roles->verticalHeader()->hide();
    m_roles->setToolTip(tr("Double-click a cell to choose the site's role in that VPN"));
    connect(m_roleModel, &QAbstractItemModel::modelReset, this,
            [this] { m_roles->resizeColumnsToContents(); });
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter sites by id"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(120);
    connect(m_filter, &QLineEdit::textChanged, m_roleProxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    auto *title = new QLabel(
        tr("<b>VPN services</b> — double-click the topology or the shared services to change them"), top);
    title->setWordWrap(true); // long in some languages: it must not widen the window
    buttons->addWidget(title, 1);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_vpns, 1);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *rolesBar = new QHBoxLayout;
    rolesBar->addWidget(new QLabel(tr("<b>Site roles per VPN</b>"), bottom));
    rolesBar->addWidget(m_filter, 1);
    bottomLayout->addLayout(rolesBar);
    bottomLayout->addWidget(m_roles, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({550, 450});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_vpns->resizeColumnsToContents();
    m_roles->resizeColumnsToContents();
}

void VpnServicesView::addVpn()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Add VPN"), tr("Id of the new VPN (e.g. GUEST):"),
                                             QLineEdit::Normal, QString(), &ok)
                           .trimmed()
                           .toUpper();
    if (!ok || id.isEmpty())
        return;
    const QString name =
        QInputDialog::getText(this, tr("Add VPN"), tr("Name of VPN %1:").arg(id), QLineEdit::Normal, id, &ok)
            .trimmed();
    if (!ok)
        return;
    VpnService vpn;
    vpn.vpnId = id;
    vpn.name = name.isEmpty() ? id : name;
    vpn.topology = VpnTopology::AnyToAny;
    m_doc.addVpn(vpn);
}

void VpnServicesView::removeSelectedVpn()
{
    const QModelIndexList rows = m_vpns->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_doc.removeVpn(rows.first().data(VpnTableModel::VpnIdRole).toString());
}

} // namespace vpnwb
