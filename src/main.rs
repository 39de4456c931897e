fn main() -> std::process::ExitCode {
    // Before anything else: gorust is also the small helper that starts a
    // learner's program, so that its memory is measured alone.
    gorust::runner::serve_as_helper_or_continue();
    gorust::cli::main()
}
