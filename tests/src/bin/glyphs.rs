//! `cargo xtask glyphs`: the glyph check ([`kinline_tests::glyphs`]) — prints what drew
//! without a shipped glyph, then its one-line summary; exits 1 unless every locale is clean.
//! `--screenshots DIR` also saves every page as it is seen.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let screenshots = args
        .iter()
        .position(|a| a == "--screenshots")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let report = runtime.block_on(kinline_tests::glyphs::check(screenshots.as_deref()));
    for m in &report.missing {
        println!("{} {}: {}", m.locale, m.page, m.what);
    }
    println!("{}", report.summary());
    if report.clean() != report.locales {
        std::process::exit(1);
    }
}
