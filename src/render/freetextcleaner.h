#pragma once

#include "renderdiagnostic.h"
#include "safetext.h"

#include <QList>
#include <QString>

namespace vpnwb {

// SafeText for one rendering: cleans each free-text value and notes, as a
// diagnostic naming the object, every value it had to change.
class FreeTextCleaner
{
public:
    FreeTextCleaner(QStringView vendor, QList<RenderDiagnostic> &diagnostics)
        : m_rules(SafeText::forVendor(vendor)), m_diagnostics(diagnostics)
    {}

    QString clean(const QString &text, SafeText::Field field, const QString &object)
    {
        QString cleaned = m_rules.clean(text, field);
        if (cleaned != text)
            m_diagnostics.append({RenderDiagnostic::Severity::Info, object,
                                  QStringLiteral("free text changed to be safe in the configuration: \"%1\"")
                                      .arg(cleaned)});
        return cleaned;
    }

private:
    SafeText m_rules;
    QList<RenderDiagnostic> &m_diagnostics;
};

} // namespace vpnwb
