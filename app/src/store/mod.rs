//! The tablet's encrypted, crash-proof local store (see the tablet store issue).
