//! The Kinline tablet and staff app. The Dioxus screens arrive with the app issue; until then
//! this binary says so plainly instead of pretending.

fn main() {
    eprintln!(
        "kinline-app: the tablet screens are not built yet (see the issue \"The tablet app: every \
         DCO and detainee screen, in Dioxus\"). The rulebook it will run is kinline-shared {}.",
        env!("CARGO_PKG_VERSION")
    );
    std::process::exit(2);
}
