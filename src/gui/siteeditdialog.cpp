#include "siteeditdialog.h"

#include "displaytext.h"
#include "engagementrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <cmath>

namespace vpnwb {
namespace {

template<typename E> QComboBox *choices(QWidget *parent, std::initializer_list<E> values, E current,
                                        QString (*text)(E))
{
    auto *box = new QComboBox(parent);
    for (E v : values)
        box->addItem(text(v), static_cast<int>(v));
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
    return box;
}

template<typename E> E chosen(const QComboBox *box)
{
    return static_cast<E>(box->currentData().toInt());
}

} // namespace

SiteEditDialog::SiteEditDialog(const Site &site, QWidget *parent) : QDialog(parent), m_original(site)
{
    setWindowTitle(tr("Edit Site %1").arg(site.siteId));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(site.name, this);
    m_street = new QLineEdit(site.address.street, this);
    m_postalCode = new QLineEdit(site.address.postalCode, this);
    m_city = new QLineEdit(site.address.city, this);
    m_country = new QLineEdit(site.countryCode, this);
    m_country->setMaxLength(2);
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    m_latitude = new QDoubleSpinBox(this);
    m_latitude->setRange(-90.0, 90.0);
    m_latitude->setDecimals(5);
    m_latitude->setSuffix(QStringLiteral("°"));
    m_latitude->setValue(site.latitude);
    m_longitude = new QDoubleSpinBox(this);
    m_longitude->setRange(-180.0, 180.0);
    m_longitude->setDecimals(5);
    m_longitude->setSuffix(QStringLiteral("°"));
    m_longitude->setValue(site.longitude);
    m_role = choices(this, {SiteRole::Hub, SiteRole::Spoke, SiteRole::AnyToAny}, site.role, &DisplayText::siteRole);
    m_bandwidth = new QDoubleSpinBox(this);
    m_bandwidth->setRange(0.001, double(EngagementRules::maxBandwidthKbps) / 1000.0);
    m_bandwidth->setDecimals(3);
    m_bandwidth->setSuffix(tr(" Mb/s"));
    m_bandwidth->setValue(double(site.bandwidthKbps) / 1000.0);
    m_access = choices(this, {AccessType::Fiber, AccessType::Copper, AccessType::Dsl, AccessType::Lte},
                       site.accessType, &DisplayText::accessType);
    m_resiliency = choices(this, {Resiliency::Single, Resiliency::DualHomed}, site.resiliency, &DisplayText::resiliency);
    m_routing = choices(this, {CeRouting::Bgp, CeRouting::Static}, site.routing, &DisplayText::routing);
    m_customerAs = new QLineEdit(site.customerAs == 0 ? QString() : QString::number(site.customerAs), this);
    m_customerAs->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,10}")), m_customerAs));
    m_customerAs->setPlaceholderText(tr("none for static routing"));
    m_lan = new QLineEdit(site.lanPrefixes.join(QLatin1Char(' ')), this);
    m_lan->setPlaceholderText(tr("IPv4 prefixes separated by spaces, e.g. 10.1.0.0/24"));

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("&Country (ISO):"), m_country);
    form->addRow(tr("&Latitude:"), m_latitude);
    form->addRow(tr("L&ongitude:"), m_longitude);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Bandwidth:"), m_bandwidth);
    form->addRow(tr("&Access:"), m_access);
    form->addRow(tr("R&esiliency:"), m_resiliency);
    form->addRow(tr("Rou&ting:"), m_routing);
    form->addRow(tr("Customer &AS:"), m_customerAs);
    form->addRow(tr("LAN &prefixes:"), m_lan);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_name, m_street, m_postalCode, m_city, m_country, m_customerAs, m_lan})
        connect(e, &QLineEdit::textChanged, this, &SiteEditDialog::check);
    for (QDoubleSpinBox *s : {m_latitude, m_longitude, m_bandwidth})
        connect(s, &QDoubleSpinBox::valueChanged, this, &SiteEditDialog::check);
    for (QComboBox *c : {m_role, m_access, m_resiliency, m_routing})
        connect(c, &QComboBox::currentIndexChanged, this, &SiteEditDialog::check);
    check();
}

Site SiteEditDialog::site() const
{
    Site s = m_original;
    s.name = m_name->text().trimmed();
    s.address.street = m_street->text().trimmed();
    s.address.postalCode = m_postalCode->text().trimmed();
    s.address.city = m_city->text().trimmed();
    s.countryCode = m_country->text().trimmed().toUpper();
    s.latitude = m_latitude->value();
    s.longitude = m_longitude->value();
    s.role = chosen<SiteRole>(m_role);
    s.bandwidthKbps = std::llround(m_bandwidth->value() * 1000.0);
    s.accessType = chosen<AccessType>(m_access);
    s.resiliency = chosen<Resiliency>(m_resiliency);
    s.routing = chosen<CeRouting>(m_routing);
    s.customerAs = static_cast<std::uint32_t>(std::min<qulonglong>(m_customerAs->text().toULongLong(), 4294967295ULL));
    s.lanPrefixes = m_lan->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return s;
}

void SiteEditDialog::check()
{
    QString problem;
    if (m_customerAs->text().toULongLong() > 4294967295ULL)
        problem = tr("A customer AS is a number from 1 to 4294967295.");
    const FieldIssues issues = EngagementRules::checkSite(site(), m_original.siteId);
    if (problem.isEmpty() && !issues.isEmpty())
        problem = issues.first().message;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace vpnwb
