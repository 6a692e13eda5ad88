//! A suspension of video-call access (DSO §17, §18): decided → (appealed → decided) → lifted,
//! with the duties that run beside it — the written notice, the Compliance Manager's
//! notification, authorisation past one week, weekly reviews, and alternative legal access —
//! and the deadlines each one sets.

use crate::dso::Paragraph;
use crate::ids::{AppealId, DetaineeId, SuspensionId};
use crate::model::{Evidence, LanguageTag, LegalAccessMethod, SuspensionReason};
use crate::time::add_london_days;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Hours to decide an appeal (§18).
pub const APPEAL_HOURS: i64 = 48;
/// Hours to decide an appeal when removal directions are imminent (§18).
pub const APPEAL_HOURS_IMMINENT_REMOVAL: i64 = 12;
/// London days a suspension may last without the Compliance Manager's authorisation (§18).
pub const DAYS_WITHOUT_AUTHORISATION: i64 = 7;
/// London days between the Compliance Manager's reviews (§18).
pub const REVIEW_INTERVAL_DAYS: i64 = 7;
/// Hours within which the notice, the Compliance Manager's notification and alternative legal
/// access are expected (the order says "must"; Kinline surfaces them as overdue after this).
pub const PROMPT_DUTY_HOURS: i64 = 24;

/// Where a suspension stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SuspensionPhase {
    /// In force.
    Active,
    /// In force, with an appeal waiting for a decision.
    UnderAppeal {
        /// The appeal.
        appeal: AppealId,
        /// When it was lodged.
        lodged_at: DateTime<Utc>,
        /// When it must be decided by (48 h, or 12 h with imminent removal).
        decide_by: DateTime<Utc>,
    },
    /// Over.
    Lifted {
        /// When.
        at: DateTime<Utc>,
    },
}

/// A suspension and the duties around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suspension {
    /// Id.
    pub id: SuspensionId,
    /// Who.
    pub detainee: DetaineeId,
    /// Why.
    pub reason: SuspensionReason,
    /// When it was decided.
    pub decided_at: DateTime<Utc>,
    /// Its planned end, if any.
    pub until: Option<DateTime<Utc>>,
    /// The phase.
    pub phase: SuspensionPhase,
    /// The language of the written notice, once given (§17).
    pub notice_given_in: Option<LanguageTag>,
    /// When the Compliance Manager was notified (§18).
    pub compliance_notified_at: Option<DateTime<Utc>>,
    /// Authorised by the Compliance Manager until (§18).
    pub authorised_until: Option<DateTime<Utc>>,
    /// The latest weekly review or authorisation (§18).
    pub last_review_at: Option<DateTime<Utc>>,
    /// Alternative legal access arranged (§18).
    pub legal_access: Option<LegalAccessMethod>,
    /// Appeals decided so far: (appeal, upheld).
    pub decided_appeals: Vec<(AppealId, bool)>,
    /// What it rests on (§17): the evidence cited, the security information report, and the
    /// manager's statement that it is no sanction — for the Compliance Manager to see.
    #[serde(default)]
    pub basis: SuspensionBasis,
    /// Appeals decided after their deadline (§18): stored like any decision, and marked late
    /// for the Compliance Manager and the reports.
    #[serde(default)]
    pub late_appeals: Vec<LateAppeal>,
}

/// What a suspension rests on (§17), as decided.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuspensionBasis {
    /// Incident reports and terminated calls cited.
    pub evidence: Vec<Evidence>,
    /// The security information report's reference (DSO 11/2014), if given.
    pub security_report: Option<String>,
    /// Whether the manager stated that it is not a sanction for wider non-compliance (`false`
    /// for decisions recorded before Kinline asked).
    pub not_a_sanction: bool,
}

/// An appeal decided after its deadline (§18: 48 hours, 12 with imminent removal directions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LateAppeal {
    /// The appeal.
    pub appeal: AppealId,
    /// When it had to be decided by.
    pub decide_by: DateTime<Utc>,
    /// When it was decided.
    pub decided_at: DateTime<Utc>,
}

impl LateAppeal {
    /// How long after its deadline it was decided.
    pub fn lateness(&self) -> Duration {
        self.decided_at - self.decide_by
    }
}

/// A duty with a due time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Give the detainee the written notice (§17).
    WrittenNotice,
    /// Notify the Compliance Manager (§18).
    NotifyComplianceManager,
    /// Arrange alternative legal access (§18).
    AlternativeLegalAccess,
    /// Compliance Manager's authorisation before a week passes (§18).
    Authorisation,
    /// Compliance Manager's weekly review (§18).
    WeeklyReview,
    /// Decide the appeal (§18).
    AppealDecision,
}

impl DeadlineKind {
    /// The paragraph that sets the duty.
    pub fn paragraph(self) -> Paragraph {
        match self {
            DeadlineKind::WrittenNotice => Paragraph::P17,
            _ => Paragraph::P18,
        }
    }
}

/// A duty that is due, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// What is due.
    pub kind: DeadlineKind,
    /// For which suspension.
    pub suspension: SuspensionId,
    /// About whom.
    pub detainee: DetaineeId,
    /// Due at.
    pub due: DateTime<Utc>,
}

impl Deadline {
    /// Whether it has passed without the duty being done.
    pub fn is_overdue(&self, now: DateTime<Utc>) -> bool {
        now > self.due
    }
}

impl Suspension {
    /// A new suspension in force from `decided_at`.
    pub fn new(
        id: SuspensionId,
        detainee: DetaineeId,
        reason: SuspensionReason,
        decided_at: DateTime<Utc>,
        until: Option<DateTime<Utc>>,
    ) -> Self {
        Self {
            id,
            detainee,
            reason,
            decided_at,
            until,
            phase: SuspensionPhase::Active,
            notice_given_in: None,
            compliance_notified_at: None,
            authorised_until: None,
            last_review_at: None,
            legal_access: None,
            decided_appeals: Vec::new(),
            basis: SuspensionBasis::default(),
            late_appeals: Vec::new(),
        }
    }

    /// When one week without authorisation runs out (seven London days).
    pub fn authorisation_due(&self) -> DateTime<Utc> {
        add_london_days(self.decided_at, DAYS_WITHOUT_AUTHORISATION)
    }

    /// Whether the suspension is planned (or has already run) past one week, so needs the
    /// Compliance Manager's authorisation.
    pub fn needs_authorisation(&self) -> bool {
        self.until.is_none_or(|u| u > self.authorisation_due())
    }

    /// Whether access is suspended at `at`. A suspension past a week without authorisation
    /// (or past its authorisation) cannot continue: it stops blocking access, and shows as
    /// overdue for the Compliance Manager.
    pub fn is_in_force(&self, at: DateTime<Utc>) -> bool {
        if at < self.decided_at || matches!(self.phase, SuspensionPhase::Lifted { .. }) {
            return false;
        }
        if self.until.is_some_and(|u| at >= u) {
            return false;
        }
        if at >= self.authorisation_due() {
            return self.authorised_until.is_some_and(|a| at < a);
        }
        true
    }

    /// When it stops blocking access as things stand (read with [`Suspension::is_in_force`]):
    /// its planned end, or sooner the end of its first week without authorisation, or of its
    /// authorisation (a weekly review may extend that).
    pub fn in_force_until(&self) -> DateTime<Utc> {
        let due = self.authorisation_due();
        let authorised = self.authorised_until.map_or(due, |a| a.max(due));
        self.until.map_or(authorised, |u| u.min(authorised))
    }

    /// Lodges an appeal; the deadline depends on imminent removal directions.
    pub fn appeal(&mut self, appeal: AppealId, lodged_at: DateTime<Utc>, imminent_removal: bool) {
        let hours = if imminent_removal {
            APPEAL_HOURS_IMMINENT_REMOVAL
        } else {
            APPEAL_HOURS
        };
        self.phase = SuspensionPhase::UnderAppeal {
            appeal,
            lodged_at,
            decide_by: lodged_at + Duration::hours(hours),
        };
    }

    /// Records the decision of `appeal` at `at`: the suspension is in force again (a lift
    /// follows separately), and a decision after the deadline is marked late (§18).
    pub fn decide_appeal(&mut self, appeal: AppealId, upheld: bool, at: DateTime<Utc>) {
        self.decided_appeals.push((appeal, upheld));
        if let SuspensionPhase::UnderAppeal {
            appeal: a,
            decide_by,
            ..
        } = self.phase
            && a == appeal
        {
            if at > decide_by {
                self.late_appeals.push(LateAppeal {
                    appeal,
                    decide_by,
                    decided_at: at,
                });
            }
            self.phase = SuspensionPhase::Active;
        }
    }

    /// Every duty still open, with its due time.
    pub fn deadlines(&self) -> Vec<Deadline> {
        let mut out = Vec::new();
        if matches!(self.phase, SuspensionPhase::Lifted { .. }) {
            return out;
        }
        let mut due = |kind, due| {
            out.push(Deadline {
                kind,
                suspension: self.id,
                detainee: self.detainee,
                due,
            });
        };
        let prompt = self.decided_at + Duration::hours(PROMPT_DUTY_HOURS);
        if self.notice_given_in.is_none() {
            due(DeadlineKind::WrittenNotice, prompt);
        }
        if self.compliance_notified_at.is_none() {
            due(DeadlineKind::NotifyComplianceManager, prompt);
        }
        if self.legal_access.is_none() {
            due(DeadlineKind::AlternativeLegalAccess, prompt);
        }
        if self.needs_authorisation() {
            match self.last_review_at {
                None => due(DeadlineKind::Authorisation, self.authorisation_due()),
                Some(last) => due(
                    DeadlineKind::WeeklyReview,
                    add_london_days(last, REVIEW_INTERVAL_DAYS),
                ),
            }
        }
        if let SuspensionPhase::UnderAppeal { decide_by, .. } = self.phase {
            due(DeadlineKind::AppealDecision, decide_by);
        }
        out
    }
}
