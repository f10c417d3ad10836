#include "clisession.h"

#include "clivendorprofile.h"
#include "sshchannel.h"
#include "sshsession.h"

#include <QRegularExpression>

namespace vpnwb {
namespace {

// Terminal control sequences (colours, cursor moves) that some CLIs send even to a "dumb" terminal.
const QRegularExpression &escapeSequences()
{
    static const QRegularExpression re(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]"));
    return re;
}

const QRegularExpression &pagerPrompt()
{
    static const QRegularExpression re(QStringLiteral("\\s*-+ ?\\(?more\\b[^\\n]*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString normalised(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.remove(QLatin1Char('\r'));
    text.remove(escapeSequences());
    return text;
}

QString lastLine(const QString &text)
{
    return text.mid(text.lastIndexOf(QLatin1Char('\n')) + 1);
}

} // namespace

CliSession::CliSession(SshSession &ssh, std::unique_ptr<SshChannel> channel, const CliVendorProfile &profile)
    : m_ssh(ssh), m_channel(std::move(channel)), m_profile(profile)
{}

CliSession::~CliSession() = default;

QString CliSession::where() const
{
    return m_ssh.endpoint().describe();
}

Result<std::unique_ptr<CliSession>> CliSession::start(SshSession &ssh, const CliVendorProfile &profile,
                                                      std::stop_token stop)
{
    auto channel = ssh.openShell(stop);
    if (!channel)
        return channel.error();
    std::unique_ptr<CliSession> cli(new CliSession(ssh, std::move(channel.value()), profile));
    const auto banner = cli->readUntilPrompt(stop);
    if (!banner)
        return banner.error();
    for (const QString &command : profile.sessionSetup()) {
        if (const auto done = cli->run(command, stop); !done)
            return Error::io(QStringLiteral("cannot turn paging off on %1: %2").arg(cli->where(), done.error().message));
    }
    return cli;
}

Result<QString> CliSession::readUntilPrompt(std::stop_token stop)
{
    for (;;) {
        const QString tail = lastLine(m_pending);
        if (const auto host = m_profile.promptHost(tail); host && (m_host.isEmpty() || *host == m_host)) {
            if (m_host.isEmpty())
                m_host = *host;
            QString output = m_pending.left(m_pending.size() - tail.size());
            m_pending.clear();
            return output;
        }
        if (const QRegularExpressionMatch more = pagerPrompt().match(tail); more.hasMatch()) {
            // Paging should be off; if the device pages all the same, page on.
            m_pending.truncate(m_pending.size() - tail.size() + more.capturedStart());
            if (const Status s = m_channel->write(QByteArrayLiteral(" "), stop); !s)
                return s.error();
            continue;
        }
        const auto bytes = m_channel->read(stop);
        if (!bytes) {
            if (bytes.error().code == Error::Code::Io && m_host.isEmpty())
                return Error::io(QStringLiteral("%1 (no %2 prompt seen; is the device a %2 CLI?)")
                                     .arg(bytes.error().message, m_profile.vendor()));
            return bytes.error();
        }
        m_pending += normalised(bytes.value());
    }
}

Status CliSession::checkCommand(const QString &command) const
{
    for (const QChar c : command) {
        if (c.category() == QChar::Other_Control)
            return Error::invalidInput(
                QStringLiteral("a command for %1 holds a line break or a control character; each command is "
                               "one line: '%2'")
                    .arg(where(), QString(command).replace(QLatin1Char('\n'), QLatin1String("\\n"))));
    }
    return Status::success();
}

Result<QString> CliSession::exchange(const QString &command, std::stop_token stop)
{
    if (const Status s = checkCommand(command); !s)
        return s.error();
    if (m_transcript)
        m_transcript(m_host + QStringLiteral("# ") + command);
    if (const Status s = m_channel->write(command.toUtf8() + '\n', stop); !s)
        return s.error();
    auto read = readUntilPrompt(stop);
    if (!read)
        return read.error();
    QString output = read.value();
    // The terminal echoes the command line first.
    const qsizetype endOfEcho = output.indexOf(QLatin1Char('\n'));
    const QString echo = endOfEcho < 0 ? output : output.left(endOfEcho);
    if (echo.trimmed().endsWith(command.trimmed()))
        output = endOfEcho < 0 ? QString() : output.mid(endOfEcho + 1);
    while (output.endsWith(QLatin1Char('\n')))
        output.chop(1);
    if (m_transcript && !output.isEmpty())
        m_transcript(output);
    return output;
}

Result<QString> CliSession::run(const QString &command, std::stop_token stop)
{
    auto output = exchange(command, stop);
    if (!output)
        return output.error();
    if (const auto error = m_profile.errorIn(output.value()))
        return Error::invalidInput(QStringLiteral("%1 rejected '%2': %3").arg(where(), command, *error));
    return output;
}

void CliSession::abandonConfiguration(std::stop_token stop)
{
    for (const QString &command : m_profile.abandonConfiguration()) {
        if (!exchange(command, stop))
            return;
    }
}

Status CliSession::configure(const QStringList &lines, std::stop_token stop)
{
    const bool atOnce = m_profile.commitConfiguration().isEmpty();
    for (const QString &line : lines) {
        if (const Status s = checkCommand(line); !s)
            return s;
    }
    if (const auto entered = run(m_profile.enterConfiguration(), stop); !entered)
        return entered.error();
    int applied = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (m_profile.isComment(lines[i]))
            continue;
        const auto output = exchange(lines[i], stop);
        if (!output) {
            if (output.error().code == Error::Code::Cancelled)
                abandonConfiguration(std::stop_token());
            return output.error();
        }
        if (const auto error = m_profile.errorIn(output.value())) {
            abandonConfiguration(stop);
            const QString effect =
                atOnce ? (applied == 0 ? QStringLiteral("no line before it had taken effect")
                                       : QStringLiteral("the %1 lines before it had taken effect (%2 applies "
                                                        "each line at once)")
                                             .arg(applied)
                                             .arg(m_profile.vendor()))
                       : QStringLiteral("nothing was committed");
            return Error::invalidInput(QStringLiteral("%1 rejected configuration line %2 '%3': %4; configuration "
                                                      "mode was left and %5")
                                           .arg(where())
                                           .arg(i + 1)
                                           .arg(lines[i].trimmed(), *error, effect));
        }
        ++applied;
    }
    if (!atOnce) {
        if (const auto committed = run(m_profile.commitConfiguration(), stop); !committed) {
            abandonConfiguration(stop);
            return Error::invalidInput(QStringLiteral("%1; the changes were abandoned").arg(committed.error().message));
        }
    }
    if (const auto left = run(m_profile.leaveConfiguration(), stop); !left)
        return left.error();
    return Status::success();
}

} // namespace vpnwb
