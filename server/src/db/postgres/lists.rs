//! PostgreSQL: the staff console's lists. Keys compare byte-wise (`COLLATE "C"`), as in
//! SQLite, so pages follow the same order on both backends.

use super::Postgres;
use crate::db::lists::{DeviceListRow, StaffListRow, device_row, staff_row};
use crate::error::ServerError;
use kinline_shared::sync::ReferenceItem;

impl Postgres {
    pub(in crate::db) async fn list_staff(
        &self,
        after: String,
        limit: u32,
    ) -> Result<Vec<StaffListRow>, ServerError> {
        let c = self.pool.get().await?;
        let rows = c
            .query(
                r#"SELECT s.id, COALESCE(n.name, ''), s.role, s.active, s.number
                   FROM staff s LEFT JOIN staff_names n ON n.staff = s.id
                   WHERE s.id COLLATE "C" > $1 ORDER BY s.id COLLATE "C" LIMIT $2"#,
                &[&after, &i64::from(limit)],
            )
            .await?;
        rows.iter()
            .map(|r| staff_row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
            .collect()
    }

    pub(in crate::db) async fn set_staff_name(
        &self,
        staff: String,
        name: String,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO staff_names (staff, name) VALUES ($1, $2)
             ON CONFLICT (staff) DO UPDATE SET name = excluded.name",
            &[&staff, &name],
        )
        .await?;
        Ok(())
    }

    pub(in crate::db) async fn list_devices(
        &self,
        after: String,
        limit: u32,
    ) -> Result<Vec<DeviceListRow>, ServerError> {
        let c = self.pool.get().await?;
        let rows = c
            .query(
                r#"SELECT d.id, COALESCE(l.label, ''), d.enrolled_ms, d.revoked
                   FROM devices d LEFT JOIN device_labels l ON l.device = d.id
                   WHERE d.id COLLATE "C" > $1 ORDER BY d.id COLLATE "C" LIMIT $2"#,
                &[&after, &i64::from(limit)],
            )
            .await?;
        rows.iter()
            .map(|r| device_row(r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect()
    }

    pub(in crate::db) async fn set_enrol_label(
        &self,
        code_hash: String,
        label: String,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO enrol_code_labels (code_hash, label) VALUES ($1, $2)
             ON CONFLICT (code_hash) DO UPDATE SET label = excluded.label",
            &[&code_hash, &label],
        )
        .await?;
        Ok(())
    }

    pub(in crate::db) async fn set_enrol_issuer(
        &self,
        code_hash: String,
        staff: String,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO enrol_code_issuers (code_hash, staff) VALUES ($1, $2)
             ON CONFLICT (code_hash) DO UPDATE SET staff = excluded.staff",
            &[&code_hash, &staff],
        )
        .await?;
        Ok(())
    }

    pub(in crate::db) async fn enrol_issuer(
        &self,
        code_hash: String,
    ) -> Result<Option<String>, ServerError> {
        let c = self.pool.get().await?;
        let row = c
            .query_opt(
                "SELECT staff FROM enrol_code_issuers WHERE code_hash = $1",
                &[&code_hash],
            )
            .await?;
        Ok(row.map(|r| r.get(0)))
    }

    pub(in crate::db) async fn code_used_by(
        &self,
        code_hash: String,
        device: String,
    ) -> Result<bool, ServerError> {
        let c = self.pool.get().await?;
        let row = c
            .query_opt(
                "SELECT used FROM enrol_codes WHERE code_hash = $1 AND used_by = $2",
                &[&code_hash, &device],
            )
            .await?;
        Ok(row.is_some_and(|r| r.get::<_, bool>(0)))
    }

    pub(in crate::db) async fn label_device_from_code(
        &self,
        code_hash: String,
        device: String,
    ) -> Result<(), ServerError> {
        let c = self.pool.get().await?;
        c.execute(
            "INSERT INTO device_labels (device, label)
             SELECT $2, label FROM enrol_code_labels WHERE code_hash = $1
             ON CONFLICT (device) DO UPDATE SET label = excluded.label",
            &[&code_hash, &device],
        )
        .await?;
        Ok(())
    }

    pub(in crate::db) async fn roster_page(
        &self,
        after: String,
        limit: u32,
    ) -> Result<Vec<(String, ReferenceItem)>, ServerError> {
        let c = self.pool.get().await?;
        let rows = c
            .query(
                r#"SELECT key, item FROM reference
                   WHERE key COLLATE "C" > GREATEST($1, 'roster:') COLLATE "C"
                     AND key COLLATE "C" < 'roster;' COLLATE "C"
                   ORDER BY key COLLATE "C" LIMIT $2"#,
                &[&after, &i64::from(limit)],
            )
            .await?;
        rows.iter()
            .map(|r| {
                let json: String = r.get(1);
                Ok((r.get(0), serde_json::from_str(&json)?))
            })
            .collect()
    }
}
