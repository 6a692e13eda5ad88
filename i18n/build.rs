//! Rebuilds the crate when a Fluent file changes: `fl!` checks message ids at compile time and
//! rust-embed embeds `locales/`, so a changed `.ftl` must trigger a rebuild.

fn main() {
    println!("cargo:rerun-if-changed=../locales");
    println!("cargo:rerun-if-changed=i18n.toml");
}
