//! Every word the screens show, by Fluent message id, in English. One function, [`t`], so the
//! switch to the Fluent localizer (`fl!`, locales/en-GB/kinline.ftl) is one edit here.

use kinline_shared::model::{
    EndReason, IncidentCategory, LegalAccessMethod, SuspensionReason, TerminationReason,
};
use kinline_shared::workflow::call::CallPhase;

/// The English text of a message id (the id itself if unknown, so a missing string shows).
pub fn t(id: &str) -> &str {
    match id {
        "app-name" => "Kinline video calls",
        "sign-in-lead" => "Sign in with your staff number and PIN.",
        "sign-in-offline-hint" => {
            "Sign-in works without a network, with the staff list this tablet synced last."
        }
        "staff-number" => "Staff number",
        "pin" => "PIN",
        "sign-in" => "Sign in",
        "sign-out" => "Sign out",
        "unlock" => "Unlock",
        "locked-title" => "Tablet locked",
        "locked-lead" => "Locked after 3 minutes without use. Type the PIN of",
        "detainee-mode-staff-pin" => "Staff only: PIN to return to staff screens",
        "error-wrong-pin" => "That PIN is not right. Type it again.",
        "error-signed-out" => "Sign in first: nothing was recorded.",
        "nav-label" => "Main",
        "nav-today" => "Today",
        "nav-find" => "Find a detainee",
        "nav-incident" => "Write an incident report",
        "sync-label" => "Sync status",
        "sync-online" => "Online",
        "sync-offline" => "Offline",
        "sync-nothing-waiting" => "Nothing waiting to send",
        "sync-one-waiting" => "1 record waiting to send",
        "sync-many-waiting" => "records waiting to send",
        "sync-never" => "Never synced",
        "sync-last" => "Last sync",
        "sync-now" => "Sync now",
        "sync-running" => "Syncing…",
        "sync-done" => "Synced with the centre server.",
        "today-title" => "Today",
        "today-empty" => "No calls booked for the rest of today.",
        "slot-label" => "Calls at",
        "legal-call-marker" => "LEGAL",
        "legal-call-marker-label" => "Legal call: priority and privacy (DSO §9)",
        "open-call" => "Open call",
        "waiting-list" => "Waiting list",
        "waiting-list-empty" => "Nobody is waiting for a slot.",
        "waiting-displaced" => "moved to the waiting list for a legal call (DSO §9)",
        "find-title" => "Find a detainee",
        "find-label" => "Name, number or room",
        "find-none" => "Nobody on this tablet's roster matches. Check the spelling or sync now.",
        "room" => "Room",
        "unknown-detainee" => "Unknown detainee",
        "access-label" => "Video call access",
        "access-ok" => "Can make video calls.",
        "compact" => "Compact",
        "compact-signed" => "Signed: version",
        "compact-old-version" => "Signed an older version,",
        "compact-needs" => "Must sign version",
        "compact-not-signed" => "Not signed. Must sign version",
        "go-through-compact" => "Go through the compact",
        "risk" => "Risk assessment",
        "risk-not-needed" => "Not needed.",
        "risk-allows" => "Done, allows video calls. Reference",
        "risk-needed" => "Needed before any call: subject to",
        "suspension" => "Suspension",
        "not-suspended" => "Not suspended.",
        "suspended" => "Suspended",
        "suspended-label" => "Suspension in force",
        "suspended-until" => "Until",
        "until-further-notice" => "further notice",
        "appeal" => "Appeal:",
        "appeal-none" => "none lodged",
        "appeal-waiting" => "waiting for a decision, due by",
        "appeal-dismissed" => "dismissed",
        "legal-access" => "Alternative legal access:",
        "legal-access-missing" => "NOT ARRANGED — tell a manager",
        "notice-given-in" => "Written notice given in",
        "notice-not-given" => "Written notice not yet given (DSO §17).",
        "open-notice" => "Give the suspension notice",
        "bookings" => "Bookings",
        "compact-language-title" => "Which language?",
        "compact-language-lead" => {
            "Choose a language the detainee understands. The tablet then belongs to them until \
             you type your PIN."
        }
        "compact-no-translation" => {
            "no translation of the compact. Use an interpreter and record their reference \
             (DSO §15)."
        }
        "interpreter-explained" => "An interpreter explained it (no translation)",
        "interpreter-title" => "Explained by an interpreter",
        "interpreter-lead" => {
            "Have an interpreter explain the compact below in a language the detainee \
             understands (DSO §15), then record their reference."
        }
        "interpreter-reference" => "Interpreter's booking or badge reference",
        "interpreter-record" => "Record and go to signature",
        "interpreter-reference-needed" => {
            "DSO 01/2020 §15: type the interpreter's reference before going on."
        }
        "reader-label" => "Reading",
        "read-aloud" => "▶ Read aloud",
        "pause" => "❚❚ Pause",
        "replay-sentence" => "Read again sentence",
        "i-read-it" => "I read it myself",
        "go-to-signature" => "Sign",
        "audio-completed" => "Read aloud to the end.",
        "signature-title" => "Signature",
        "signature-lead" => "Sign with your finger in the box.",
        "signature-pad-label" => "Signature pad: sign with a finger",
        "undo-stroke" => "Undo last stroke",
        "clear-pad" => "Clear",
        "signature-missing" => "DSO 01/2020 §10: there is no signature yet. Sign in the box.",
        "witness-title" => "Staff: witness",
        "witness-pin" => "Witnessing DCO's PIN",
        "witness-record" => "Witness and record",
        "compact-signed-recorded" => "Compact signed and witnessed.",
        "call-title" => "Call",
        "caller" => "Caller:",
        "call-unknown" => "That call is not on this tablet. Sync now and open it again.",
        "call-step-checkin" => "When the detainee is at the tablet:",
        "call-checkin" => "Detainee is here",
        "adult-check-title" => "Adult check (DSO §8)",
        "adult-check-lead" => {
            "Look at the caller's video. Children may be with them, but the main recipient must \
             be an adult."
        }
        "adult-yes" => "Main recipient is an adult",
        "adult-no" => "Not an adult",
        "call-not-adult-ended" => {
            "DSO 01/2020 §8: the main recipient is not an adult, so the call was ended. The \
             caller can call back with an adult present."
        }
        "admit-lead" => "The caller is waiting.",
        "admit" => "Admit caller",
        "start-call" => "Start call",
        "legal-private" => {
            "Legal call — private (DSO §9). Stay out of sight and hearing; do not supervise it."
        }
        "video-caller" => "Caller's video",
        "video-self" => "Detainee's own video",
        "video-waiting" => "Connecting video…",
        "minutes-left" => "minutes left",
        "end-call-label" => "End the call",
        "end-call-finished" => "Call finished",
        "end-call-reason" => "End the call because of:",
        "call-ended" => "Call ended.",
        "call-terminated-referred" => {
            "Call ended. It is referred to the security team (DSO §12): write what you saw."
        }
        "incident-title" => "Incident report (DSO §19)",
        "incident-lead" => "Saved on this tablet first, then sent to the security team for review.",
        "incident-category" => "What kind of incident?",
        "incident-account" => "What happened, and who was involved",
        "incident-save" => "Save report",
        "incident-category-needed" => "Choose what kind of incident it was.",
        "incident-saved-sent" => "Report saved and sent to the security team.",
        "incident-saved-offline" => {
            "No network — the report is saved and will be sent to the security team."
        }
        "notice-title" => "Suspension notice (DSO §17)",
        "notice-language" => "Give this notice in",
        "notice-heading" => "Your video calls are suspended",
        "notice-reason" => "Reason:",
        "notice-appeal" => {
            "You can appeal in writing to the Centre Manager, giving your reasons. They decide \
             within 48 hours (12 hours if you have removal directions)."
        }
        "notice-legal" => "You can still reach your legal adviser another way while suspended.",
        "notice-record-given" => "Record that the notice was given",
        "notice-given-recorded" => "Recorded that the written notice was given.",
        "suspension-unknown" => "That suspension is not on this tablet. Sync now.",
        other => other,
    }
}

/// Where a call stands, in words.
pub fn call_phase(phase: &CallPhase) -> String {
    match phase {
        CallPhase::Booked => "Booked".into(),
        CallPhase::CheckedIn => "Detainee here — adult check next".into(),
        CallPhase::AdultChecked => "Adult checked — caller waiting".into(),
        CallPhase::Admitted => "Caller admitted".into(),
        CallPhase::InCall { .. } => "In call".into(),
        CallPhase::Finished { outcome, .. } => match outcome {
            kinline_shared::model::CallOutcome::Ended(r) => format!("Ended: {}", end_reason(*r)),
            kinline_shared::model::CallOutcome::Terminated(r) => {
                format!("Ended by staff: {}", termination_reason(*r))
            }
            kinline_shared::model::CallOutcome::Cancelled => "Cancelled".into(),
        },
    }
}

/// How a call ended without staff stepping in.
pub fn end_reason(r: EndReason) -> &'static str {
    match r {
        EndReason::Completed => "finished",
        EndReason::SlotEnded => "time ran out",
        EndReason::TechnicalFailure => "Technical failure (can rebook)",
        EndReason::CallerDidNotJoin => "caller did not join",
        EndReason::RecipientNotAdult => "main recipient not an adult (DSO §8)",
    }
}

/// Why staff ended a call.
pub fn termination_reason(r: TerminationReason) -> &'static str {
    match r {
        TerminationReason::Recording => "Recording the call (§12)",
        TerminationReason::InappropriateDress => "Not dressed appropriately (§11)",
        TerminationReason::AbusiveLanguage => "Foul or abusive language",
        TerminationReason::SexualisedBehaviour => "Sexualised behaviour",
        TerminationReason::InappropriateBehaviour => "Other inappropriate behaviour",
        TerminationReason::OffensiveMaterial => "Unlawful or offensive material",
        TerminationReason::UnlawfulActivity => "Unlawful activity",
        TerminationReason::SecurityRisk => "Risk to the centre's security (§11)",
        TerminationReason::ConcernForRecipient => "Concern for the recipient (§19)",
    }
}

/// An incident category.
pub fn incident_category(c: IncidentCategory) -> &'static str {
    match c {
        IncidentCategory::RecipientSafety => "Safety of the recipient",
        IncidentCategory::NatureOfCall => "Nature of the call",
        IncidentCategory::Recording => "Call being recorded",
        IncidentCategory::BreachOfTerms => "Breach of the terms of use",
        IncidentCategory::SecurityRisk => "Risk to security",
        IncidentCategory::Other => "Something else",
    }
}

/// Why access was suspended.
pub fn suspension_reason(r: SuspensionReason) -> &'static str {
    match r {
        SuspensionReason::Security => "the security of the centre",
        SuspensionReason::Safety => "someone's safety",
        SuspensionReason::BreachOfAcceptableUse => "a breach of the video calls compact",
    }
}

/// An alternative route to legal advice.
pub fn legal_method(m: &LegalAccessMethod) -> String {
    match m {
        LegalAccessMethod::Telephone => "telephone calls".into(),
        LegalAccessMethod::LegalVisit => "legal visits".into(),
        LegalAccessMethod::Correspondence => "email or fax".into(),
        LegalAccessMethod::Other { description } => description.clone(),
    }
}
