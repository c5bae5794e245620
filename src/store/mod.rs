//! SQLite storage: the only module that writes SQL.
