//! `cargo xtask glyphs`: the glyph check ([`kinline_tests::glyphs`]) in Chromium and in the
//! app's own WebKitGTK window — prints what drew without a shipped glyph, the engines it was
//! measured in, then its one-line summary; exits 1 unless every locale is clean in both.
//! `--screenshots DIR` also saves every page as it is seen; `--app PATH` is the `kinline-app`
//! binary to run (default: the one beside this program).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(std::path::PathBuf::from)
    };
    let screenshots = value("--screenshots");
    let app = value("--app").unwrap_or_else(|| {
        let me = std::env::current_exe().expect("this program's path");
        me.with_file_name("kinline-app")
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let report = runtime
        .block_on(kinline_tests::glyphs::check_chromium(
            screenshots.as_deref(),
        ))
        .and(kinline_tests::glyphs::check_webkitgtk(
            &app,
            screenshots.as_deref(),
        ));
    for m in &report.missing {
        println!("{m}");
    }
    println!("{}", report.engines_line());
    println!("{}", report.summary());
    if report.clean() != report.locales {
        std::process::exit(1);
    }
}
