#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vpnwb {

// What went wrong, said so that a user can act on it. Foreign error codes
// (QSqlError, libssh, OpenSSL) are mapped into one of these at the edge.
struct Error
{
    enum class Code {
        InvalidInput,     // the user's data or arguments are wrong
        NotFound,         // a named object does not exist
        Conflict,         // the object exists already or is in use
        Storage,          // the database refused or failed
        IncompatibleFile, // a file of another kind or a newer version
        Io,               // a file or a connection failed
        Cancelled,
        Internal,
    };

    Code code = Code::Internal;
    QString message;

    static Error invalidInput(QString m) { return {Code::InvalidInput, std::move(m)}; }
    static Error notFound(QString m) { return {Code::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {Code::Conflict, std::move(m)}; }
    static Error storage(QString m) { return {Code::Storage, std::move(m)}; }
    static Error incompatible(QString m) { return {Code::IncompatibleFile, std::move(m)}; }
    static Error io(QString m) { return {Code::Io, std::move(m)}; }
};

// A value or an Error; never throws across a library boundary.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// The result of an operation that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace vpnwb
