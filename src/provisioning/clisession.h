#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <stop_token>

namespace vpnwb {

class CliVendorProfile;
class SshChannel;
class SshSession;

// A device's interactive CLI over SSH: it recognises the vendor's prompt,
// turns paging off, runs one command at a time and returns its output, and
// reports the lines the vendor marks as errors. Uses the SshSession it was
// started on (which must outlive it), on one thread at a time.
class CliSession
{
public:
    ~CliSession();
    CliSession(const CliSession &) = delete;
    CliSession &operator=(const CliSession &) = delete;

    // Opens a shell on `ssh`, waits for the first prompt and turns paging off.
    static Result<std::unique_ptr<CliSession>> start(SshSession &ssh, const CliVendorProfile &profile,
                                                     std::stop_token stop = {});

    // Runs one command; its output without the echoed command and the prompt.
    // An output line the vendor marks as an error makes it an Error that names
    // the device, the command and that line.
    Result<QString> run(const QString &command, std::stop_token stop = {});

    // Enters configuration mode, sends `lines` one by one (comments and blank
    // lines skipped), commits where the vendor needs a commit, and leaves. The
    // first rejected line ends it: configuration mode is abandoned and the
    // Error names the device, the line's number and text, and the device's message.
    Status configure(const QStringList &lines, std::stop_token stop = {});

    // The device's name as its prompt shows it.
    QString promptHost() const { return m_host; }
    // Receives every command sent and every output read, for a per-device log.
    void setTranscript(std::function<void(const QString &)> sink) { m_transcript = std::move(sink); }

private:
    CliSession(SshSession &ssh, std::unique_ptr<SshChannel> channel, const CliVendorProfile &profile);

    // Sends `command` and reads up to the next prompt; the output, unchecked.
    Result<QString> exchange(const QString &command, std::stop_token stop);
    Result<QString> readUntilPrompt(std::stop_token stop);
    Status checkCommand(const QString &command) const;
    // Leaves configuration mode without committing, after a failure.
    void abandonConfiguration(std::stop_token stop);
    QString where() const;

    SshSession &m_ssh;
    std::unique_ptr<SshChannel> m_channel;
    const CliVendorProfile &m_profile;
    QString m_host;
    QString m_pending; // read but not yet returned
    std::function<void(const QString &)> m_transcript;
};

} // namespace vpnwb
