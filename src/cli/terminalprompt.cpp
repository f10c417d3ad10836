#include "terminalprompt.h"

#include <QByteArray>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace vpnwb {
namespace {

// Restores the terminal's modes (echo) however the read ends.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        m_active = tcgetattr(fd, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool active() const { return m_active; }

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

Result<Secret> TerminalPrompt::readHidden(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Error::invalidInput(QStringLiteral("no terminal to ask for it"));
    const QByteArray text = prompt.toUtf8();
    Result<Secret> result = Error::invalidInput(QStringLiteral("cannot turn the terminal's echo off"));
    {
        const EchoOff echoOff(fd);
        if (echoOff.active() && ::write(fd, text.constData(), static_cast<size_t>(text.size())) == text.size()) {
            QByteArray line;
            line.reserve(1024); // no reallocation leaves a copy of the secret behind
            char c = 0;
            ssize_t n = 0;
            while ((n = ::read(fd, &c, 1)) == 1 && c != '\n')
                line.append(c);
            Secret::wipeMemory(&c, 1);
            if (n < 0) {
                Secret::wipeMemory(line.data(), line.size());
                result = Error::io(QStringLiteral("cannot read from the terminal"));
            } else {
                if (line.endsWith('\r'))
                    line.chop(1);
                result = Secret(std::move(line));
            }
        }
    }
    ::close(fd);
    return result;
}

} // namespace vpnwb
