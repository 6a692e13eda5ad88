//! What the staff console needs of the server beyond the rulebook (issue #8): enrolment codes
//! that carry the tablet's label.

use super::Server;
use crate::auth;
use crate::error::ServiceError;
use chrono::{DateTime, Utc};
use kinline_shared::ids::StaffId;

/// The longest tablet label.
const MAX_LABEL: usize = 80;

impl Server {
    /// A one-time enrolment code; the tablet enrolled with it gets `label` (if given) in the
    /// administrator's list of tablets, and its enrolment is recorded as `issuer`'s decision.
    pub async fn create_enrolment_code_labelled(
        &self,
        label: Option<&str>,
        issuer: StaffId,
    ) -> Result<(String, DateTime<Utc>), ServiceError> {
        let label = label.map(str::trim).filter(|l| !l.is_empty());
        if label.is_some_and(|l| l.chars().count() > MAX_LABEL) {
            return Err(ServiceError::invalid(
                "bad_label",
                "a tablet label must be at most 80 characters",
            ));
        }
        let (code, expires) = self.create_enrolment_code().await?;
        self.db
            .set_enrol_issuer(&auth::token_hash(&code), issuer)
            .await?;
        if let Some(label) = label {
            self.db
                .set_enrol_label(&auth::token_hash(&code), label)
                .await?;
        }
        Ok((code, expires))
    }
}
