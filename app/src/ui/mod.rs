//! The Dioxus screens (see the tablet app issue).
