// The project's exception hierarchy. Library code throws these; each tool's main catches them once
// and maps them to its documented exit codes. Xapian::Error is not a std::exception, so mains catch
// it separately.
#pragma once

#include <stdexcept>
#include <string>

namespace news {

// Base of every error this project raises on purpose.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The user asked for something that cannot work (bad option value, bad query syntax, bad date
// range).
class UsageError : public Error {
 public:
  using Error::Error;
};

// A query string that the query parser rejects; the message says where and why.
class QueryError : public UsageError {
 public:
  using UsageError::UsageError;
};

// The database is missing, cannot be opened or created, or was written by another schema version.
class DatabaseError : public Error {
 public:
  using Error::Error;
};

// The database exists but was written with another schema version.
class SchemaVersionError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// Another process holds the database's write lock.
class DatabaseLockedError : public DatabaseError {
 public:
  using DatabaseError::DatabaseError;
};

// Standard output could not be written (a full disk, a file system gone): what was asked for did
// not reach its reader, so the tools exit with EX_IOERR (74) rather than success.
class OutputError : public Error {
 public:
  using Error::Error;
};

}  // namespace news
