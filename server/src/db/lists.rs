//! What the staff console lists (issue #8): staff accounts (never their secrets), enrolled
//! devices with their labels, and the roster, each in pages by id. Additive to the rest of the
//! storage interface.

use super::{Db, role_from};
use crate::error::ServerError;
use kinline_shared::actor::Role;
use kinline_shared::ids::{DeviceId, StaffId};
use kinline_shared::sync::ReferenceItem;

/// A staff account as listed: no secret, not even its hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffListRow {
    /// Their id.
    pub id: StaffId,
    /// Their name, as the administrator typed it ("" if none was given).
    pub name: String,
    /// Their role.
    pub role: Role,
    /// Whether they may sign in.
    pub active: bool,
    /// Their staff number ("" when none was issued).
    pub number: String,
}

/// An enrolled device as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceListRow {
    /// Its id.
    pub id: DeviceId,
    /// The label typed with its enrolment code ("" if none).
    pub label: String,
    /// When it enrolled (Unix ms, server clock).
    pub enrolled_ms: i64,
    /// Whether it is revoked.
    pub revoked: bool,
}

macro_rules! both {
    ($self:ident . $method:ident ( $($arg:expr),* )) => {
        match $self {
            Db::Sqlite(db) => db.$method($($arg),*).await,
            Db::Postgres(db) => db.$method($($arg),*).await,
        }
    };
}

impl Db {
    /// Staff accounts with ids after `after` (all when None), by id, at most `limit`.
    pub async fn list_staff(
        &self,
        after: Option<StaffId>,
        limit: u32,
    ) -> Result<Vec<StaffListRow>, ServerError> {
        let after = after.map(|a| a.to_string()).unwrap_or_default();
        both!(self.list_staff(after, limit))
    }

    /// Sets the name shown for a member of staff.
    pub async fn set_staff_name(&self, staff: StaffId, name: &str) -> Result<(), ServerError> {
        both!(self.set_staff_name(staff.to_string(), name.to_owned()))
    }

    /// Devices with ids after `after` (all when None), by id, at most `limit`.
    pub async fn list_devices(
        &self,
        after: Option<DeviceId>,
        limit: u32,
    ) -> Result<Vec<DeviceListRow>, ServerError> {
        let after = after.map(|a| a.to_string()).unwrap_or_default();
        both!(self.list_devices(after, limit))
    }

    /// Remembers the label typed with an enrolment code.
    pub async fn set_enrol_label(&self, code_hash: &str, label: &str) -> Result<(), ServerError> {
        both!(self.set_enrol_label(code_hash.to_owned(), label.to_owned()))
    }

    /// Remembers which administrator issued an enrolment code.
    pub async fn set_enrol_issuer(
        &self,
        code_hash: &str,
        staff: StaffId,
    ) -> Result<(), ServerError> {
        both!(self.set_enrol_issuer(code_hash.to_owned(), staff.to_string()))
    }

    /// The administrator who issued an enrolment code (None: made at the command line).
    pub async fn enrol_issuer(&self, code_hash: &str) -> Result<Option<StaffId>, ServerError> {
        both!(self.enrol_issuer(code_hash.to_owned()))?
            .map(|s| {
                s.parse()
                    .map_err(|_| ServerError::Corrupt("an enrolment code's issuer".into()))
            })
            .transpose()
    }

    /// Whether the enrolment code was used (a tablet enrolled with it).
    pub async fn code_used_by(
        &self,
        code_hash: &str,
        device: DeviceId,
    ) -> Result<bool, ServerError> {
        both!(self.code_used_by(code_hash.to_owned(), device.to_string()))
    }

    /// Gives a device enrolled with a code that code's label, if it had one.
    pub async fn label_device_from_code(
        &self,
        code_hash: &str,
        device: DeviceId,
    ) -> Result<(), ServerError> {
        both!(self.label_device_from_code(code_hash.to_owned(), device.to_string()))
    }

    /// Roster entries with keys after `after` (a `roster:{id}` key; all when empty), by key.
    pub async fn roster_page(
        &self,
        after: &str,
        limit: u32,
    ) -> Result<Vec<(String, ReferenceItem)>, ServerError> {
        both!(self.roster_page(after.to_owned(), limit))
    }
}

pub(super) fn staff_row(
    id: &str,
    name: String,
    role: &str,
    active: bool,
    number: Option<String>,
) -> Result<StaffListRow, ServerError> {
    Ok(StaffListRow {
        id: id
            .parse()
            .map_err(|_| ServerError::Corrupt("a stored staff id".into()))?,
        name,
        role: role_from(role)?,
        active,
        number: number.unwrap_or_default(),
    })
}

pub(super) fn device_row(
    id: &str,
    label: String,
    enrolled_ms: i64,
    revoked: bool,
) -> Result<DeviceListRow, ServerError> {
    Ok(DeviceListRow {
        id: id
            .parse()
            .map_err(|_| ServerError::Corrupt("a stored device id".into()))?,
        label,
        enrolled_ms,
        revoked,
    })
}
