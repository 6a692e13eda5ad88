//! The administrator's decisions on staff accounts and tablets (issue #8, §16), each recorded
//! as an event of the centre's log with the administrator as actor.
//!
//! Order: the rulebook's check first (a refusal changes nothing), then the server's table
//! (the secrets and keys requests are checked against), then the event through
//! [`Server::record`], which checks again. Two administrators racing on the same tablet both
//! pass the first check; the second's table change is then a no-op and its event is refused,
//! so the log still holds one revocation. A storage failure between the table and the event
//! answers 503 ("try again") with the table changed and no event; trying again completes it:
//! a staff account is set again and recorded, and a revocation the table holds without its
//! event is recorded (see ARCHITECTURE.md).

use super::Server;
use crate::auth;
use crate::error::ServiceError;
use crate::push::Checked;
use kinline_shared::actor::{Actor, Role, done_on_tablets, may_record};
use kinline_shared::dso::RuleViolation;
use kinline_shared::event::{EventBody, EventKind};
use kinline_shared::ids::{DeviceId, EventId, StaffId};
use kinline_shared::rules;
use kinline_shared::sign_in::OnTablet;
use kinline_shared::sync::{EnrolRequest, EnrolResponse, Refusal};

/// The kinds only these routes record: their effect is in the server's tables too, so the
/// general recording route refuses them.
pub(crate) const ADMIN_TABLE_KINDS: [EventKind; 3] = [
    EventKind::StaffAccountSet,
    EventKind::DeviceEnrolled,
    EventKind::DeviceRevoked,
];

/// Refuses, in a tablet's push, the kinds people do not do on a tablet
/// (`actor::done_on_tablets`): the administrator's, the managers', the Compliance Manager's
/// and security's decisions are made at the staff console through this server, so a tablet's
/// key cannot make them, whoever it names as the actor.
pub(crate) fn refuse_from_tablets(batch: &mut [Checked]) {
    for c in batch {
        let kind = c.logged.event.body.kind();
        if c.refusal.is_none() && kind.is_known() && !done_on_tablets(kind) {
            c.refusal = Some(Refusal::NotPermitted(format!(
                "a tablet cannot {} ({}): that is done at the staff console",
                kind.action(),
                kind.paragraph()
            )));
        }
    }
}

/// Refuses, in a tablet's push, each event whose actor was not signed in on the tablet at
/// that point of its log (`sign_in::OnTablet`), starting from who is signed in where its
/// stored log ends. A refused event (for this or anything else) signs nobody in or out.
pub(crate) fn refuse_unsigned(signed_in: Option<StaffId>, batch: &mut [Checked]) {
    let mut on = OnTablet::new(signed_in);
    for c in batch {
        if c.refusal.is_none()
            && let Err(e) = on.admit(&c.logged.event)
        {
            c.refusal = Some(Refusal::NotPermitted(e.to_string()));
        }
    }
}

fn refused(v: &RuleViolation) -> ServiceError {
    ServiceError::refused(v)
}

/// The longest staff name, in characters.
pub(crate) const MAX_STAFF_NAME: usize = 80;

/// Refuses a staff name longer than [`MAX_STAFF_NAME`] (the staff API and the console).
pub(crate) fn check_staff_name(name: &str) -> Result<(), ServiceError> {
    if name.trim().chars().count() > MAX_STAFF_NAME {
        return Err(ServiceError::invalid(
            "bad_name",
            format!("a staff name must be at most {MAX_STAFF_NAME} characters; shorten it"),
        ));
    }
    Ok(())
}

impl Server {
    /// Whether `actor` may record `body` now (403 / 422 as [`Server::record`] answers).
    async fn check_decision(&self, actor: &Actor, body: &EventBody) -> Result<(), ServiceError> {
        let kind = body.kind();
        if let Actor::Staff { role, .. } = actor
            && !may_record(actor, kind)
        {
            return Err(ServiceError::forbidden(format!(
                "a {} may not {} ({})",
                role.label(),
                kind.action(),
                kind.paragraph()
            )));
        }
        let projection = self.projection().await?;
        rules::check(&projection.centre, actor, body, self.centre_now()).map_err(|v| refused(&v))
    }

    /// An administrator creates or changes a staff account: recorded as
    /// [`EventBody::StaffAccountSet`] (role and active only; the secret is hashed into the
    /// table and never in the event, and the staff number goes only to the staff table and
    /// the tablets' credentials).
    #[allow(clippy::too_many_arguments)]
    pub async fn set_staff_recorded(
        &self,
        by: StaffId,
        by_role: Role,
        staff: StaffId,
        role: Role,
        secret: &str,
        active: bool,
        number: Option<&str>,
    ) -> Result<Vec<EventId>, ServiceError> {
        if let Some(n) = number {
            crate::service::checked_staff_number(n)?;
        }
        let body = EventBody::StaffAccountSet {
            staff,
            role,
            active,
        };
        self.check_decision(
            &Actor::Staff {
                id: by,
                role: by_role,
            },
            &body,
        )
        .await?;
        self.set_staff_numbered(staff, role, secret, active, number)
            .await?;
        self.record(by, by_role, body).await
    }

    /// An administrator revokes a tablet: recorded as [`EventBody::DeviceRevoked`]. None when
    /// the server knows no such tablet.
    pub async fn revoke_recorded(
        &self,
        by: StaffId,
        by_role: Role,
        device: DeviceId,
        reason: Option<String>,
    ) -> Result<Option<Vec<EventId>>, ServiceError> {
        let body = EventBody::DeviceRevoked { device, reason };
        let actor = Actor::Staff {
            id: by,
            role: by_role,
        };
        self.check_decision(&actor, &body).await?;
        if device == self.device {
            return Ok(None);
        }
        let Some(row) = self.db.device(device).await? else {
            return Ok(None);
        };
        // The rulebook's check passed, so the log holds no revocation of this tablet. If the
        // table does (revoked before revocations were events, or the event's write failed
        // after the table's), the log is completed now, as this administrator's decision.
        if !row.revoked {
            self.revoke(device).await?;
        }
        self.record(by, by_role, body).await.map(Some)
    }

    /// A tablet enrols with a one-time code: recorded as [`EventBody::DeviceEnrolled`] by the
    /// administrator who issued the code, who must still be an active administrator. A code
    /// made at the command line (no administrator) enrols with no event.
    pub async fn enrol_recorded(&self, req: EnrolRequest) -> Result<EnrolResponse, ServiceError> {
        let hash = auth::token_hash(&req.code.trim().to_ascii_lowercase());
        let issuer = match self.db.enrol_issuer(&hash).await? {
            Some(staff) => match self.staff_role(staff).await? {
                Some(role) => Some((staff, role)),
                None => {
                    return Err(ServiceError::forbidden(
                        "the administrator who issued that enrolment code can no longer sign in; \
                         ask an administrator for a new one",
                    )
                    .with_code("enrolment_code_invalid"));
                }
            },
            None => None,
        };
        let body = EventBody::DeviceEnrolled { device: req.device };
        // A tablet asking again after its enrolment was recorded: answered as before, not
        // recorded twice. One whose event was not written yet gets it now.
        let logged = self
            .projection()
            .await?
            .centre
            .devices
            .get(&req.device)
            .is_some_and(|t| t.enrolled_at.is_some());
        let issuer = issuer.filter(|_| !logged);
        if let Some((id, role)) = issuer {
            self.check_decision(&Actor::Staff { id, role }, &body)
                .await?;
        }
        let resp = self.enrol(req).await?;
        if let Some((id, role)) = issuer {
            self.record(id, role, body).await?;
        }
        Ok(resp)
    }
}
