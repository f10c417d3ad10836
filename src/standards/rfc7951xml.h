#pragma once

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace vpnwb {

// Writes YANG instance data given in RFC 7951 JSON as the XML encoding that
// NETCONF carries (RFC 7950, section 7): a member "module:name" starts that
// module's namespace (urn:ietf:params:xml:ns:yang:MODULE, the IETF and IANA
// convention), an array is a list or leaf-list (one element per entry), a
// list entry writes its keys first in key order, [null] is an empty leaf, and
// an identity value "module:name" declares its module's namespace under the
// module's name as prefix.
class Rfc7951Xml
{
public:
    // `keys`: for each list of the document, by name, its key leaves in order.
    // A list the table does not name, or a module that is not an IETF or IANA
    // one, is refused naming its JSON path.
    static Result<QString> write(const QJsonObject &document, const QHash<QString, QStringList> &keys);
};

} // namespace vpnwb
