#pragma once

#include "site.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace vpnwb {

// Edits one site's details (all but its id), checking them as they are
// typed: OK stays disabled, with the reason shown, until the site is valid.
// Hand-written rather than a Designer form: its choices come from the
// domain's enumerations.
class SiteEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SiteEditDialog(const Site &site, QWidget *parent = nullptr);

    // The site as edited.
    Site site() const;

private:
    void check();

    Site m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QDoubleSpinBox *m_latitude = nullptr;
    QDoubleSpinBox *m_longitude = nullptr;
    QComboBox *m_role = nullptr;
    QDoubleSpinBox *m_bandwidth = nullptr;
    QComboBox *m_access = nullptr;
    QComboBox *m_resiliency = nullptr;
    QComboBox *m_routing = nullptr;
    QLineEdit *m_customerAs = nullptr;
    QLineEdit *m_lan = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vpnwb
