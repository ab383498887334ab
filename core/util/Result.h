#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace as {

// What went wrong, in words a user can act on. The message is already
// translated when the error is created (tr() at the point of failure).
struct Error
{
    enum class Kind {
        Validation,  // bad input: field, row or setting named in the message
        NotFound,
        Conflict,    // someone else changed the record (row_version mismatch)
        Permission,  // the acting user's role does not allow this
        State,       // not allowed in the record's current state
        Busy,        // the database stayed locked by another PC
        Storage,     // the database failed (SQL error, I/O)
        Damaged,     // the database file is damaged (a backup can replace it)
        Io,          // a file outside the database
        Usage,       // wrong command-line usage (CLI exit 2)
        Cancelled,
    };

    Kind kind = Kind::Storage;
    QString message;
    QString field;   // the field/column concerned, when there is one

    static Error validation(QString msg, QString field = {}) { return {Kind::Validation, std::move(msg), std::move(field)}; }
    static Error notFound(QString msg) { return {Kind::NotFound, std::move(msg), {}}; }
    static Error conflict(QString msg) { return {Kind::Conflict, std::move(msg), {}}; }
    static Error permission(QString msg) { return {Kind::Permission, std::move(msg), {}}; }
    static Error state(QString msg) { return {Kind::State, std::move(msg), {}}; }
    static Error storage(QString msg) { return {Kind::Storage, std::move(msg), {}}; }
    static Error io(QString msg) { return {Kind::Io, std::move(msg), {}}; }
    static Error usage(QString msg) { return {Kind::Usage, std::move(msg), {}}; }
};

// Result<T>: a value or an Error. Check before use; value() on an error aborts in debug.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { Q_ASSERT(ok()); return *m_value; }
    const T &value() const & { Q_ASSERT(ok()); return *m_value; }
    T &&value() && { Q_ASSERT(ok()); return std::move(*m_value); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { Q_ASSERT(!ok()); return m_error; }
    T valueOr(T fallback) const { return ok() ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { Q_ASSERT(m_failed); return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace as

// Propagate an error from an expression returning Result<...>.
#define AS_TRY(expr)                                   \
    do {                                               \
        auto as_try_result_ = (expr);                  \
        if (!as_try_result_.ok())                      \
            return as_try_result_.error();             \
    } while (false)
