//! `cargo xtask demo`: runs what exists of Kinline, and says plainly what does not yet.

use anyhow::Result;

pub(crate) fn run(_args: &[String]) -> Result<()> {
    crate::setup::ensure_all()?;
    crate::run(crate::cargo(&[
        "run",
        "--quiet",
        "--package",
        "kinline-tests",
        "--example",
        "rulebook",
    ]))?;
    println!();
    println!("What runs today, each on its own:");
    println!("  - the DSO 01/2020 rulebook (above);");
    println!("  - the centre server: cargo run -p kinline-server (SQLite in ./kinline-data);");
    println!("  - the tablet app on an in-memory demo centre: cargo run -p kinline-app");
    println!("    (DCO D1234, PIN 2468), or on the encrypted store with --config tablet.toml;");
    println!("  - the languages table: cargo xtask languages.");
    println!("Not yet: one command that seeds a demo centre, starts the server, enrols and opens");
    println!("the tablet and prints the caller's join code, and the staff console (see `issues`).");
    Ok(())
}
