//! SQLite: the staff console's lists.

use super::Sqlite;
use crate::db::lists::{DeviceListRow, StaffListRow, device_row, staff_row};
use crate::error::ServerError;
use kinline_shared::sync::ReferenceItem;
use rusqlite::{OptionalExtension, params};

impl Sqlite {
    pub(in crate::db) async fn list_staff(
        &self,
        after: String,
        limit: u32,
    ) -> Result<Vec<StaffListRow>, ServerError> {
        self.run(move |c| {
            let mut q = c.prepare_cached(
                "SELECT s.id, COALESCE(n.name, ''), s.role, s.active, s.number
                 FROM staff s LEFT JOIN staff_names n ON n.staff = s.id
                 WHERE s.id > ?1 ORDER BY s.id LIMIT ?2",
            )?;
            let rows = q.query_map(params![after, limit], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, bool>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, name, role, active, number) = row?;
                out.push(staff_row(&id, name, &role, active, number)?);
            }
            Ok(out)
        })
        .await
    }

    pub(in crate::db) async fn set_staff_name(
        &self,
        staff: String,
        name: String,
    ) -> Result<(), ServerError> {
        self.run(move |c| {
            c.execute(
                "INSERT INTO staff_names (staff, name) VALUES (?1, ?2)
                 ON CONFLICT (staff) DO UPDATE SET name = excluded.name",
                params![staff, name],
            )?;
            Ok(())
        })
        .await
    }

    pub(in crate::db) async fn list_devices(
        &self,
        after: String,
        limit: u32,
    ) -> Result<Vec<DeviceListRow>, ServerError> {
        self.run(move |c| {
            let mut q = c.prepare_cached(
                "SELECT d.id, COALESCE(l.label, ''), d.enrolled_ms, d.revoked
                 FROM devices d LEFT JOIN device_labels l ON l.device = d.id
                 WHERE d.id > ?1 ORDER BY d.id LIMIT ?2",
            )?;
            let rows = q.query_map(params![after, limit], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, bool>(3)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, label, enrolled_ms, revoked) = row?;
                out.push(device_row(&id, label, enrolled_ms, revoked)?);
            }
            Ok(out)
        })
        .await
    }

    pub(in crate::db) async fn set_enrol_label(
        &self,
        code_hash: String,
        label: String,
    ) -> Result<(), ServerError> {
        self.run(move |c| {
            c.execute(
                "INSERT INTO enrol_code_labels (code_hash, label) VALUES (?1, ?2)
                 ON CONFLICT (code_hash) DO UPDATE SET label = excluded.label",
                params![code_hash, label],
            )?;
            Ok(())
        })
        .await
    }

    pub(in crate::db) async fn set_enrol_issuer(
        &self,
        code_hash: String,
        staff: String,
    ) -> Result<(), ServerError> {
        self.run(move |c| {
            c.execute(
                "INSERT INTO enrol_code_issuers (code_hash, staff) VALUES (?1, ?2)
                 ON CONFLICT (code_hash) DO UPDATE SET staff = excluded.staff",
                params![code_hash, staff],
            )?;
            Ok(())
        })
        .await
    }

    pub(in crate::db) async fn enrol_issuer(
        &self,
        code_hash: String,
    ) -> Result<Option<String>, ServerError> {
        self.run(move |c| {
            Ok(c.query_row(
                "SELECT staff FROM enrol_code_issuers WHERE code_hash = ?1",
                params![code_hash],
                |r| r.get(0),
            )
            .optional()?)
        })
        .await
    }

    pub(in crate::db) async fn code_used_by(
        &self,
        code_hash: String,
        device: String,
    ) -> Result<bool, ServerError> {
        self.run(move |c| {
            let used: Option<i64> = c
                .query_row(
                    "SELECT used FROM enrol_codes WHERE code_hash = ?1 AND used_by = ?2",
                    params![code_hash, device],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(used == Some(1))
        })
        .await
    }

    pub(in crate::db) async fn label_device_from_code(
        &self,
        code_hash: String,
        device: String,
    ) -> Result<(), ServerError> {
        self.run(move |c| {
            c.execute(
                "INSERT INTO device_labels (device, label)
                 SELECT ?2, label FROM enrol_code_labels WHERE code_hash = ?1
                 ON CONFLICT (device) DO UPDATE SET label = excluded.label",
                params![code_hash, device],
            )?;
            Ok(())
        })
        .await
    }

    pub(in crate::db) async fn roster_page(
        &self,
        after: String,
        limit: u32,
    ) -> Result<Vec<(String, ReferenceItem)>, ServerError> {
        self.run(move |c| {
            // ';' is the character after ':', so the range is exactly the roster's keys.
            let mut q = c.prepare_cached(
                "SELECT key, item FROM reference
                 WHERE key > max(?1, 'roster:') AND key < 'roster;' ORDER BY key LIMIT ?2",
            )?;
            let rows = q.query_map(params![after, limit], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (key, json) = row?;
                out.push((key, serde_json::from_str(&json)?));
            }
            Ok(out)
        })
        .await
    }
}
