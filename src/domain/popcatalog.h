#pragma once

#include "partnerproduct.h"
#include "pop.h"
#include "result.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace vpnwb {

// The provider's PoPs and the partner products that reach further: what the
// serviceability engine checks sites against.
struct PopCatalog
{
    std::uint32_t providerAs = 0;
    QList<Pop> pops;
    QList<PartnerProduct> partners; // all priced in one currency

    // The currency of the partner prices; empty without partners.
    QString currency() const;

    // The catalog shipped with the application.
    static Result<PopCatalog> builtIn();
    static QString builtInPath() { return QStringLiteral(":/vpnwb/catalog/pop-catalog.json"); }

    bool operator==(const PopCatalog &) const = default;
};

} // namespace vpnwb
