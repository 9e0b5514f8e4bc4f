"""The office screens: users and roles, the audit log, retention and erasure, assignments."""
