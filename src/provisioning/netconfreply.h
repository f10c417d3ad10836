#pragma once

#include "netconfrpcerror.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vpnwb {

// A NETCONF <rpc-reply>: <ok/>, <data> or <rpc-error>s.
class NetconfReply
{
public:
    // Parses a reply; a message that is not an <rpc-reply> is an Error,
    // except a <notification>, which isNotification() tells.
    static Result<NetconfReply> parse(const QByteArray &xml);

    bool isNotification() const { return m_notification; }
    QString messageId() const { return m_messageId; }
    bool isOk() const { return m_ok; }
    // The errors of severity "error"; warnings are in warnings().
    const QList<NetconfRpcError> &errors() const { return m_errors; }
    const QList<NetconfRpcError> &warnings() const { return m_warnings; }
    // The content of <data> as XML text (its children, namespaces declared).
    const QString &data() const { return m_data; }

private:
    bool m_notification = false;
    QString m_messageId;
    bool m_ok = false;
    QList<NetconfRpcError> m_errors;
    QList<NetconfRpcError> m_warnings;
    QString m_data;
};

} // namespace vpnwb
