//! platforms/: the lock-down settings that can be checked without the platform itself. Each
//! test fails if a file loses a setting that keeps the call point locked down or private.

use std::path::{Path, PathBuf};

fn platforms() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("platforms")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(platforms().join(rel))
        .unwrap_or_else(|e| panic!("platforms/{rel}: {e}"))
}

#[test]
fn the_linux_kiosk_runs_one_app_as_an_unprivileged_user_without_vt_switching() {
    let unit = read("linux/kinline-kiosk.service");
    let setting = |key: &str| -> Vec<String> {
        unit.lines()
            .filter_map(|l| l.strip_prefix(&format!("{key}=")))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(setting("User"), ["kinline"]);
    assert_eq!(setting("NoNewPrivileges"), ["yes"]);
    assert_eq!(setting("ProtectSystem"), ["strict"]);
    assert_eq!(setting("ProtectHome"), ["yes"]);
    assert_eq!(setting("Restart"), ["always"]);
    let exec = setting("ExecStart").concat();
    assert!(exec.starts_with("/usr/bin/cage "), "{exec}");
    let cage_flags: Vec<&str> = exec
        .split(" -- ")
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(
        !cage_flags.contains(&"-s"),
        "cage -s would allow switching terminals: {exec}"
    );
    assert!(exec.ends_with("kinline-app --kiosk"), "{exec}");
    let users = read("linux/kinline.sysusers.conf");
    assert!(
        users
            .lines()
            .any(|l| l.starts_with("u kinline ") && l.ends_with("/usr/sbin/nologin"))
    );
}

/// The server's unit as packaged (`cargo xtask package`): its own user, no privileges or
/// capabilities, writes only its state directory; its config file parses as the server reads
/// it, SQLite by default.
#[test]
fn the_server_unit_is_locked_down_and_its_packaged_config_parses() {
    let unit = read("linux/kinline-server.service");
    let setting = |key: &str| -> Vec<String> {
        unit.lines()
            .filter_map(|l| l.strip_prefix(&format!("{key}=")))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(setting("User"), ["kinline-server"]);
    assert_eq!(setting("StateDirectory"), ["kinline-server"]);
    assert_eq!(setting("StateDirectoryMode"), ["0700"]);
    for (key, value) in [
        ("NoNewPrivileges", "yes"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateDevices", "yes"),
        ("CapabilityBoundingSet", ""),
        ("MemoryDenyWriteExecute", "yes"),
        ("RestrictNamespaces", "yes"),
    ] {
        assert_eq!(setting(key), [value], "{key}");
    }
    assert_eq!(
        setting("ExecStart"),
        ["/usr/bin/kinline-server --config /etc/kinline/server.toml serve"]
    );
    let config =
        kinline_server::Config::load(Some(&platforms().join("linux/server.toml")), |_| None)
            .unwrap();
    assert_eq!(config.database, kinline_server::Database::Sqlite);
    assert_eq!(
        config.data_dir,
        PathBuf::from("/var/lib/kinline-server"),
        "the unit's StateDirectory"
    );
    assert_eq!(config.log_format, kinline_server::config::LogFormat::Json);
    assert!(config.tls.is_none() && config.metrics_token.is_none());
}

#[test]
fn the_android_manifest_asks_for_camera_and_microphone_and_keeps_data_on_the_tablet() {
    let text = read("android/AndroidManifest.xml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let android = "http://schemas.android.com/apk/res/android";
    let perms: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("uses-permission"))
        .filter_map(|n| n.attribute((android, "name")))
        .collect();
    for p in [
        "android.permission.CAMERA",
        "android.permission.RECORD_AUDIO",
    ] {
        assert!(perms.contains(&p), "missing {p}");
    }
    let app = doc
        .descendants()
        .find(|n| n.has_tag_name("application"))
        .unwrap();
    assert_eq!(app.attribute((android, "allowBackup")), Some("false"));
    assert_eq!(
        app.attribute((android, "usesCleartextTraffic")),
        Some("false")
    );
    let activity = doc
        .descendants()
        .find(|n| n.has_tag_name("activity"))
        .unwrap();
    assert_eq!(
        activity.attribute((android, "lockTaskMode")),
        Some("if_whitelisted")
    );
    let main = read("android/app/src/main/java/uk/kinline/app/MainActivity.kt");
    assert!(main.contains(
        "WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE"
    ));
    assert!(main.contains("startLockTask()"));
    let rules = read("android/app/src/main/res/xml/data_extraction_rules.xml");
    let rules = roxmltree::Document::parse(&rules).unwrap();
    for section in ["cloud-backup", "device-transfer"] {
        let node = rules
            .descendants()
            .find(|n| n.has_tag_name(section))
            .unwrap();
        assert!(
            node.children()
                .any(|c| c.attribute("domain") == Some("database")),
            "{section}"
        );
    }
}

#[test]
fn the_ios_plist_explains_camera_and_microphone_use_to_the_person() {
    let text = read("ios/Info.plist");
    let doc = roxmltree::Document::parse_with_options(
        &text,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap();
    let dict = doc.descendants().find(|n| n.has_tag_name("dict")).unwrap();
    let elems: Vec<_> = dict.children().filter(|n| n.is_element()).collect();
    let value = |key: &str| {
        elems
            .windows(2)
            .find(|w| w[0].text() == Some(key))
            .and_then(|w| w[1].text())
            .unwrap_or_default()
            .to_owned()
    };
    for key in ["NSCameraUsageDescription", "NSMicrophoneUsageDescription"] {
        let v = value(key);
        assert!(v.contains("Nothing is recorded"), "{key}: {v}");
    }
    assert_eq!(value("CFBundleIdentifier"), "uk.kinline.app");
}

#[test]
fn the_windows_kiosk_allows_only_kinline_and_hides_the_taskbar() {
    let text = read("windows/AssignedAccess.xml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let apps: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("App"))
        .filter_map(|n| n.attribute("DesktopAppPath"))
        .collect();
    assert_eq!(apps, [r"%ProgramFiles%\Kinline\kinline-app.exe"]);
    let taskbar = doc
        .descendants()
        .find(|n| n.has_tag_name("Taskbar"))
        .unwrap();
    assert_eq!(taskbar.attribute("ShowTaskbar"), Some("false"));
}
