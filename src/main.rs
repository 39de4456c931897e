fn main() -> std::process::ExitCode {
    gorust::cli::main()
}
